package org.stemma.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A temp copy of the seed edition that tests may break, and a way to run the CLI on it. */
public final class EditionCopy {
    public final Path dir;

    public EditionCopy(Path tmp) {
        this.dir = tmp.resolve("content");
        copyTree(repo().resolve("content"), dir);
    }

    public static Path repo() {
        return Path.of(System.getProperty("stemma.repo", "..")).toAbsolutePath().normalize();
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(q);
                else Files.copy(p, q);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path file(String rel) {
        return dir.resolve(rel);
    }

    public String read(String rel) {
        try {
            return Files.readString(file(rel), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String rel, String text) {
        try {
            Files.createDirectories(file(rel).getParent());
            Files.writeString(file(rel), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String rel) {
        try {
            Files.delete(file(rel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence; fails loudly when the seed edition no longer has the text. */
    public void replace(String rel, String old, String now) {
        String text = read(rel);
        int i = text.indexOf(old);
        if (i < 0) throw new AssertionError("'" + old + "' not in " + rel);
        write(rel, text.substring(0, i) + now + text.substring(i + old.length()));
    }

    /**
     * What an editor does after deliberately changing a source: record its new hash
     * ({@code stemma hashes > content/sources.yaml}), so check does not report it as altered.
     */
    public static void recordHashes(Path contentDir) {
        Result r = run("hashes", "--content", contentDir.toString());
        if (r.exit() != 0) throw new AssertionError("stemma hashes failed: " + r.err());
        try {
            Files.writeString(contentDir.resolve("sources.yaml"), r.out(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Result(int exit, String out, String err) {
    }

    /** Runs {@code stemma args...} in-process, capturing stdout and stderr. */
    public static synchronized Result run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = org.stemma.cli.Main.run(args);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
