package org.stemma.publish;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.bench.SyntheticEdition;
import org.stemma.check.EditionCopy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build into a folder an earlier build wrote re-renders only what the changed inputs touch, and its
 * site is, file for file and byte for byte, the site a full build makes. A synthetic edition of five
 * works (the fifth kept aside, to be added), three witnesses each, sources of their own.
 */
class IncrementalBuildTest {
    private static final Pattern REUSED = Pattern.compile("; (\\d+) re-used without rendering;");
    @TempDir
    Path tmp;
    private Path content, templates, out;
    private int builds;

    @BeforeEach
    void edition() throws Exception {
        Path all = tmp.resolve("generated");
        SyntheticEdition.main(new String[] {all.toString(), "--works", "5", "--witnesses", "3", "--paragraphs", "10"});
        content = tmp.resolve("content");
        EditionCopy.copyTree(all, content);
        templates = tmp.resolve("templates");
        EditionCopy.copyTree(EditionCopy.repo().resolve("templates"), templates);
        removeWork(5);
        out = tmp.resolve("site");
        assertEquals(0, build(out).reused(), "a first build renders everything");
    }

    private record Built(String out, int reused) {
    }

    private Built build(Path site, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out", site.toString(),
                "--templates", templates.toString()));
        args.addAll(List.of(more));
        EditionCopy.Result r = EditionCopy.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        Matcher m = REUSED.matcher(r.out());
        assertTrue(m.find(), r.out());
        return new Built(r.out(), Integer.parseInt(m.group(1)));
    }

    /** Rebuilds into the same folder and checks the result against a full build into a fresh one. */
    private int rebuildEqualsAFullBuild() throws IOException {
        int reused = build(out).reused();
        Path full = tmp.resolve("full-" + builds++);
        assertEquals(0, build(full, "--force").reused());
        SafeOutputTest.assertSameTree(SafeOutputTest.snapshot(full), SafeOutputTest.snapshot(out));
        return reused;
    }

    private Map<String, Object> inodes(String under) throws IOException {
        Map<String, Object> ids = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out.resolve(under))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) ids.put(out.relativize(p).toString(), Files.getAttribute(p, "unix:ino"));
        }
        return ids;
    }

    /** The files of work 3 and its sources: no edit below but the edition-wide ones touches them. */
    private Map<String, Object> untouched() throws IOException {
        Map<String, Object> ids = inodes("work-00003");
        ids.putAll(inodes("downloads/work-00003"));
        for (String lang : List.of("en", "fr", "de")) {
            for (String f : List.of("sources/work-00003-" + lang + ".txt.html", "sources/raw/work-00003-" + lang + ".txt")) {
                ids.put(f, Files.getAttribute(out.resolve(f), "unix:ino"));
            }
        }
        return ids;
    }

    private void removeWork(int n) throws IOException {
        String id = String.format("work-%05d", n);
        Publisher.deleteTree(content.resolve("works").resolve(id));
        for (String lang : List.of("en", "fr", "de")) Files.delete(content.resolve("sources").resolve(id + "-" + lang + ".txt"));
    }

    private void replace(Path file, String old, String now) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(old), old + " not in " + file);
        Files.writeString(file, text.replaceFirst(Pattern.quote(old), now), StandardCharsets.UTF_8);
    }

    private int scopedFiles() throws IOException {
        return (int) Files.readAllLines(out.resolve(InputRecord.FILE)).stream().filter(l -> l.startsWith("output\t")).count();
    }

    @Test
    void aRebuildWithNothingChangedReusesEveryFileOfEveryWorkAndSource() throws Exception {
        Map<String, Object> before = inodes(".");
        assertEquals(scopedFiles(), rebuildEqualsAFullBuild());
        Map<String, Object> after = inodes(".");
        assertTrue(scopedFiles() > 60, "works and sources have files: " + scopedFiles());
        for (String f : List.of("work-00002/fr/index.html", "work-00004/notes.html", "sources/work-00001-de.txt.html", "sources/raw/work-00004-en.txt")) {
            assertEquals(before.get(f), after.get(f), f);
        }
    }

    private interface Edit {
        void run() throws IOException;
    }

    @Test
    void editsInsideOneWorkReRenderThatWorkAndItsSourcesOnly() throws Exception {
        List<Edit> edits = List.of(
                () -> {
                    List<String> lines = new ArrayList<>(Files.readAllLines(content.resolve("sources/work-00002-fr.txt")));
                    lines.set(2, lines.get(2).replaceFirst(" ", " inséré "));
                    Files.write(content.resolve("sources/work-00002-fr.txt"), lines);
                },
                () -> replace(content.resolve("works/work-00002/notes/en-5.md"), "A note on", "A changed note on"),
                () -> replace(content.resolve("works/work-00002/work.yaml"), "title:\n  en: \"", "title:\n  en: \"Retitled "));
        for (Edit e : edits) {
            Map<String, Object> kept = untouched();
            e.run();
            int reused = rebuildEqualsAFullBuild();
            assertEquals(kept, untouched(), "work 3 and its sources were taken as they were");
            // Rendered: work 2's pages and downloads, its three sources' pages and copies; every other one re-used.
            assertEquals(scopedFiles() - inodes("work-00002").size() - inodes("downloads/work-00002").size() - 6, reused);
        }
    }

    @Test
    void removingASourceAndTheWitnessOnItReRendersOnlyThatWork() throws Exception {
        Map<String, Object> kept = untouched();
        Files.delete(content.resolve("sources/work-00002-de.txt"));
        Files.delete(content.resolve("works/work-00002/witnesses/de.yaml"));
        Files.delete(content.resolve("works/work-00002/notes/de-5.md"));
        Files.delete(content.resolve("works/work-00002/notes/de-10.md"));
        replace(content.resolve("works/work-00002/work.yaml"), "witnesses: [en, fr, de]", "witnesses: [en, fr]");
        assertTrue(rebuildEqualsAFullBuild() > 0);
        assertEquals(kept, untouched());
        assertTrue(Files.notExists(out.resolve("sources/work-00002-de.txt.html")));
    }

    @Test
    void editionWideChangesReRenderEverything() throws Exception {
        replace(content.resolve("edition.yaml"), "Synthetic edition (English)", "A synthetic edition (English)");
        assertEquals(0, rebuildEqualsAFullBuild(), "edition.yaml");
        replace(templates.resolve("witness.ftlh"), "<", "<#-- changed -->\n<");
        assertEquals(0, rebuildEqualsAFullBuild(), "a template");
        EditionCopy.copyTree(tmp.resolve("generated/works/work-00005"), content.resolve("works/work-00005"));
        for (String lang : List.of("en", "fr", "de")) {
            Files.copy(tmp.resolve("generated/sources/work-00005-" + lang + ".txt"), content.resolve("sources/work-00005-" + lang + ".txt"));
        }
        assertEquals(0, rebuildEqualsAFullBuild(), "a work added");
        assertTrue(Files.isRegularFile(out.resolve("work-00005/parallel.html")));
        removeWork(1);
        assertEquals(0, rebuildEqualsAFullBuild(), "a work removed");
        assertTrue(Files.notExists(out.resolve("work-00001")));
        assertEquals(scopedFiles(), rebuildEqualsAFullBuild(), "and then nothing changed");
    }

    @Test
    void anOutputFileEditedOrDeletedByHandIsRenderedAgain() throws Exception {
        int scoped = scopedFiles();
        Files.writeString(out.resolve("work-00003/parallel.html"), "<!-- mine -->", java.nio.file.StandardOpenOption.APPEND);
        Files.delete(out.resolve("work-00004/notes.html"));
        Files.delete(out.resolve("sources/raw/work-00001-en.txt"));
        assertEquals(scoped - 3, rebuildEqualsAFullBuild());
    }

    @Test
    void anOutputFileEditedByHandIsRenderedAgainEvenIfItKeptItsSize() throws Exception {
        int scoped = scopedFiles();
        Path page = out.resolve("work-00002/fr/index.html");
        String text = Files.readString(page, StandardCharsets.UTF_8);
        Files.writeString(page, text.replace("<title>", "<TITLE>"), StandardCharsets.UTF_8);
        // A person edits after the build; the file system's clock ticks coarsely (milliseconds), so say "later" plainly.
        Files.setLastModifiedTime(page, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(out.resolve(InputRecord.FILE)).toMillis() + 1_000));
        assertEquals(text.length(), Files.readString(page, StandardCharsets.UTF_8).length(), "the same size");
        assertEquals(scoped - 1, rebuildEqualsAFullBuild());
        assertTrue(Files.readString(page, StandardCharsets.UTF_8).contains("<title>"));
    }

    @Test
    void aRecordThatCannotBeReadMeansAFullBuild() throws Exception {
        Path record = out.resolve(InputRecord.FILE);
        Files.writeString(record, Files.readString(record).replace("output\t", "outptu\t"));
        assertEquals(0, rebuildEqualsAFullBuild());
        Files.delete(record);
        assertEquals(0, rebuildEqualsAFullBuild(), "no record");
        assertEquals(scopedFiles(), rebuildEqualsAFullBuild(), "the record is back");
    }

    @Test
    void aFolderStemmaDidNotWriteIsNeverTakenFromEvenWithAnInputRecordInIt() throws Exception {
        Path foreign = tmp.resolve("foreign");
        EditionCopy.copyTree(out, foreign);
        Files.delete(foreign.resolve(Publisher.MANIFEST));
        Files.writeString(foreign.resolve("thesis.txt"), "precious");
        assertEquals(0, build(foreign, "--force").reused());
        SafeOutputTest.assertSameTree(SafeOutputTest.snapshot(out), SafeOutputTest.snapshot(foreign));
    }
}
