package org.stemma.e2e;

import org.stemma.cli.Main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds the real seed edition once per test class into a temporary folder, through the command line. */
final class SeedSite {
    static final Path REPO = Path.of(System.getProperty("stemma.repo", "..")).toAbsolutePath().normalize();
    static final Path CONTENT = REPO.resolve("content");
    static final Path TEMPLATES = REPO.resolve("templates");

    private SeedSite() {
    }

    static Path build(Path tmp) {
        Path out = tmp.resolve("site");
        int code = Main.run("build", "--content", CONTENT.toString(), "--templates", TEMPLATES.toString(), "--out", out.toString());
        if (code != 0) throw new AssertionError("seed build failed with exit " + code);
        return out;
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
