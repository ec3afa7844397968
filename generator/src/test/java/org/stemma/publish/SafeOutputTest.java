package org.stemma.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.check.EditionCopy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeOutputTest {
    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) files.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }

    static void assertSameTree(Map<String, byte[]> a, Map<String, byte[]> b) {
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
    }

    private static EditionCopy.Result build(Path content, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out", out.toString(),
                "--templates", EditionCopy.repo().resolve("templates").toString()));
        args.addAll(List.of(more));
        return EditionCopy.run(args.toArray(String[]::new));
    }

    @Test
    void timingsOptionReportsEachStageOnTheErrorStreamAndBuildsTheSameSite(@TempDir Path tmp) throws Exception {
        EditionCopy e = new EditionCopy(tmp);
        EditionCopy.Result plain = build(e.dir, tmp.resolve("plain"));
        assertEquals(0, plain.exit(), plain.err());
        EditionCopy.Result timed = build(e.dir, tmp.resolve("timed"), "--timings");
        assertEquals(0, timed.exit(), timed.err());
        assertTrue(timed.err().matches("(?s).*timings: load \\d+ ms, render \\d+ ms, commit \\d+ ms\n.*"), timed.err());
        assertTrue(!plain.err().contains("timings:"), plain.err());
        assertSameTree(snapshot(tmp.resolve("plain")), snapshot(tmp.resolve("timed")));
    }

    @Test
    void rebuildRewritesOnlyChangedFilesAndKeepsMtimesOfTheRest(@TempDir Path tmp) throws Exception {
        EditionCopy e = new EditionCopy(tmp);
        Path out = tmp.resolve("site");
        EditionCopy.Result first = build(e.dir, out);
        assertEquals(0, first.exit(), first.err());
        Map<String, byte[]> before = snapshot(out);
        Path untouched = out.resolve("sources/raw/000_41130b274219a800.txt");
        Files.setLastModifiedTime(untouched, FileTime.fromMillis(1_000_000_000_000L));

        EditionCopy.Result same = build(e.dir, out);
        assertEquals(0, same.exit(), same.err());
        // Every file but the manifest and the input record is unchanged.
        assertTrue(same.out().contains("(0 written, " + (before.size() - 2) + " unchanged;"), same.out());
        assertSameTree(before, snapshot(out));
        assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(untouched).toMillis());

        e.replace("works/statement/notes/tme-links.md", "daily moderation", "daily (and public) moderation");
        EditionCopy.Result changed = build(e.dir, out);
        assertEquals(0, changed.exit(), changed.err());
        assertTrue(changed.out().matches("(?s).*\\((\\d+) written, (\\d+) unchanged;.*"), changed.out());
        assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(untouched).toMillis(), "unchanged file kept its mtime");
        if (untouched.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(untouched)));
            assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
            assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("sources"))));
        }
    }

    @Test
    void outputIsByteIdenticalInAnotherTimeZoneAndLocale(@TempDir Path tmp) throws Exception {
        Path content = EditionCopy.repo().resolve("content");
        assertEquals(0, build(content, tmp.resolve("a")).exit());
        java.util.TimeZone tz = java.util.TimeZone.getDefault();
        java.util.Locale locale = java.util.Locale.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertEquals(0, build(content, tmp.resolve("b")).exit());
        } finally {
            java.util.TimeZone.setDefault(tz);
            java.util.Locale.setDefault(locale);
        }
        assertSameTree(snapshot(tmp.resolve("a")), snapshot(tmp.resolve("b")));
    }

    @Test
    void refusesAForeignNonEmptyFolderUnlessForced(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.docx"), "precious");
        EditionCopy.Result refused = build(EditionCopy.repo().resolve("content"), out);
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains(out + ": error: the output folder is not empty and was not written by Stemma"), refused.err());
        assertEquals("precious", Files.readString(out.resolve("thesis.docx")));
        EditionCopy.Result forced = build(EditionCopy.repo().resolve("content"), out, "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
    }

    @Test
    void killedBuildLeavesThePreviousSiteByteIdentical(@TempDir Path tmp) throws Exception {
        EditionCopy e = new EditionCopy(tmp);
        Path out = tmp.resolve("site");
        assertEquals(0, build(e.dir, out).exit());
        Map<String, byte[]> before = snapshot(out);
        e.replace("works/statement/witnesses/en.yaml", "title: \"Statement", "title: \"Changed statement");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Dstemma.test.publishPauseMs=60000", "-cp", System.getProperty("java.class.path"),
                "org.stemma.cli.Main", "build", "--content", e.dir.toString(), "--out", out.toString(),
                "--templates", EditionCopy.repo().resolve("templates").toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            boolean midway = false;
            while (!midway && System.nanoTime() < deadline && p.isAlive()) {
                try (Stream<Path> s = Files.list(tmp)) {
                    midway = s.anyMatch(d -> d.getFileName().toString().startsWith(".site.building-") && countFiles(d) >= 5);
                }
                Thread.sleep(50);
            }
            assertTrue(midway, "the child build reached its pause: " + Files.readString(tmp.resolve("child.log")));
        } finally {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertSameTree(before, snapshot(out));
        assertEquals(0, build(e.dir, out).exit(), "the next build cleans up and succeeds");
        assertNotEquals(new String(before.get("statement/en/index.html")), Files.readString(out.resolve("statement/en/index.html")));
    }

    private static long countFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
