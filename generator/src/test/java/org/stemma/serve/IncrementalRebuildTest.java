package org.stemma.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.bench.SyntheticEdition;
import org.stemma.check.EditionCopy;
import org.stemma.diagnostics.ContentException;
import org.stemma.diagnostics.Diagnostic;
import org.stemma.pipeline.Pipeline;
import org.stemma.render.SiteFile;
import org.stemma.render.SiteRenderer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a change, serve rebuilds only what depends on it, and every file it then serves is
 * byte-identical to a fresh full build's; errors read as a full build's, and fixing them recovers.
 * Rebuilds are called directly (as the watcher would, with the changed paths) so nothing waits on timing.
 */
class IncrementalRebuildTest {
    private static final Path TEMPLATES = EditionCopy.repo().resolve("templates");

    private final List<String> console = new ArrayList<>();

    private DevServer serve(Path content, Path templates) throws Exception {
        DevServer s = new DevServer(content, templates, 0, console::add);
        s.paths().forEach(s::file); // every file made, so a rebuild that keeps a stale one is caught
        return s;
    }

    /** Three works of three witnesses, each witness its own source. */
    private static Path synthetic(Path tmp) throws Exception {
        Path dir = tmp.resolve("synthetic");
        SyntheticEdition.main(new String[]{dir.toString(), "--works", "3", "--witnesses", "3", "--paragraphs", "6"});
        return dir;
    }

    private static Map<String, byte[]> fullBuild(Path content, Path templates) {
        Pipeline.Loaded loaded = new Pipeline(content).withoutAlignmentCrossCheck().load();
        Map<String, byte[]> files = new TreeMap<>();
        for (SiteFile f : new SiteRenderer(templates, templates.toString()).plan(loaded.edition())) files.put(f.path(), f.bytes());
        return files;
    }

    private static void assertServesWhatAFullBuildMakes(DevServer s, Path content, Path templates) {
        Map<String, byte[]> expected = fullBuild(content, templates);
        assertEquals(expected.keySet(), new TreeSet<>(s.paths()), "the same files");
        List<String> differ = expected.keySet().stream().filter(p -> !Arrays.equals(expected.get(p), s.file(p))).toList();
        assertEquals(List.of(), differ, "files that differ from a full build's");
    }

    private static List<Diagnostic> fullBuildErrors(Path content) {
        return assertThrows(ContentException.class, () -> new Pipeline(content).withoutAlignmentCrossCheck().load()).diagnostics();
    }

    private static void replaceLine(Path file, int n, String text) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(n - 1, text);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void editingALineOfOneWitnessSourceRebuildsOnlyItsWorkAndTheResultEqualsAFullBuild(@TempDir Path tmp) throws Exception {
        Path dir = synthetic(tmp);
        try (DevServer s = serve(dir, TEMPLATES)) {
            Path source = dir.resolve("sources/work-00002-fr.txt");
            replaceLine(source, 3, "Une ligne changée à la main.");
            s.rebuild(Set.of(source));

            DevServer.Rebuild r = s.lastRebuild();
            assertTrue(r.ok() && !r.full(), r.describe());
            assertEquals(Set.of("work-00002"), r.works());
            assertTrue(console.get(console.size() - 1).matches("serve: rebuilt work work-00002 in \\d+ ms"), console.toString());
            assertTrue(s.isMade("work-00001/fr/index.html") && s.isMade("sources/work-00003-en.txt.html"), "other works' files are kept");
            assertFalse(s.isMade("work-00002/fr/index.html") || s.isMade("work-00002/parallel.html")
                    || s.isMade("sources/work-00002-fr.txt.html") || s.isMade("index.html") || s.isMade("edition.json"),
                    "the work's files, its sources' pages and the edition's files are dropped");
            assertTrue(new String(s.file("work-00002/fr/index.html"), StandardCharsets.UTF_8).contains("Une ligne changée à la main."));
            assertServesWhatAFullBuildMakes(s, dir, TEMPLATES);
        }
    }

    @Test
    void editingAWitnessDeclarationOfTheSeedEditionEqualsAFullBuild(@TempDir Path tmp) throws Exception {
        EditionCopy e = new EditionCopy(tmp);
        try (DevServer s = serve(e.dir, TEMPLATES)) {
            e.replace("works/statement/witnesses/en.yaml", "title: \"Statement (English original", "title: \"Declaration (English original");
            s.rebuild(Set.of(e.file("works/statement/witnesses/en.yaml")));
            assertEquals(Set.of("statement"), s.lastRebuild().works());
            assertFalse(s.lastRebuild().full());
            assertServesWhatAFullBuildMakes(s, e.dir, TEMPLATES);

            long version = s.version();
            s.rebuild(Set.of(e.file("works/statement/witnesses/.en.yaml.swp"), e.file(".git/index")));
            assertEquals(version, s.version(), "hidden files (swap files, git) change nothing");
        }
    }

    @Test
    void anErrorInTheChangedWorkReadsAsInAFullBuildAndFixingItRecovers(@TempDir Path tmp) throws Exception {
        EditionCopy e = new EditionCopy(tmp);
        try (DevServer s = serve(e.dir, TEMPLATES)) {
            // Out of range: the witness is dropped, so its lines are also reported as claimed by nobody.
            e.replace("works/statement/witnesses/en.yaml", "lines: 15-25", "lines: 15-2500");
            s.rebuild(Set.of(e.file("works/statement/witnesses/en.yaml")));
            assertFalse(s.lastRebuild().ok());
            List<Diagnostic> expected = fullBuildErrors(e.dir);
            assertTrue(expected.size() > 1, expected.toString());
            assertEquals(expected.stream().map(Diagnostic::toString).toList(), s.problems().stream().map(Diagnostic::toString).toList());

            e.replace("works/statement/witnesses/en.yaml", "lines: 15-2500", "lines: 15-25");
            s.rebuild(Set.of(e.file("works/statement/witnesses/en.yaml")));
            assertTrue(s.lastRebuild().ok() && !s.lastRebuild().full(), s.lastRebuild().describe());
            assertEquals(List.of(), s.problems());
            assertServesWhatAFullBuildMakes(s, e.dir, TEMPLATES);
        }
    }

    @Test
    void aLineClaimedByTwoWorksIsReportedAsInAFullBuild(@TempDir Path tmp) throws Exception {
        Path dir = synthetic(tmp);
        try (DevServer s = serve(dir, TEMPLATES)) {
            Path witness = dir.resolve("works/work-00002/witnesses/fr.yaml");
            Files.writeString(witness, Files.readString(witness).replace("source: work-00002-fr.txt", "source: work-00001-fr.txt"));
            s.rebuild(Set.of(witness));
            List<String> shown = s.problems().stream().map(Diagnostic::toString).toList();
            assertEquals(fullBuildErrors(dir).stream().map(Diagnostic::toString).toList(), shown);
            assertTrue(shown.stream().anyMatch(d -> d.contains("is claimed twice: by witness 'fr' and by witness 'fr'")), shown.toString());
            assertTrue(shown.stream().anyMatch(d -> d.contains("work-00002-fr.txt:1:1: error: source is used by no witness")), shown.toString());
        }
    }

    @Test
    void aNoteInAnotherWorkLinkingIntoTheChangedWorkIsCheckedAgain(@TempDir Path tmp) throws Exception {
        Path dir = synthetic(tmp);
        replaceIn(dir.resolve("works/work-00001/notes/en-5.md"), "(work-00001/en/index.html#p5)", "(work-00002/fr/index.html#p6)");
        try (DevServer s = serve(dir, TEMPLATES)) {
            assertEquals(List.of(), s.problems());
            // Paragraph 6 of work-00002's French witness becomes paratext: its anchor goes.
            replaceIn(dir.resolve("works/work-00002/witnesses/fr.yaml"), "lines: 1-6", "lines: 1-5");
            Files.writeString(dir.resolve("works/work-00002/paratext.yaml"),
                    "- source: work-00002-fr.txt\n  lines: 6\n  kind: footer\n  description: \"Moved out\"\n");
            s.rebuild(Set.of(dir.resolve("works/work-00002/witnesses/fr.yaml"), dir.resolve("works/work-00002/paratext.yaml")));
            List<String> shown = s.problems().stream().map(Diagnostic::toString).toList();
            assertEquals(fullBuildErrors(dir).stream().map(Diagnostic::toString).toList(), shown);
            assertTrue(shown.stream().anyMatch(d -> d.contains("work-00001/notes/en-5.md") && d.contains("has no anchor '#p6'")), shown.toString());
        }
    }

    private static void replaceIn(Path file, String old, String now) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(old)) throw new AssertionError("'" + old + "' not in " + file);
        Files.writeString(file, text.replace(old, now), StandardCharsets.UTF_8);
    }

    @Test
    void aChangedSourceWithARecordedHashIsReportedThenRecordingItRebuildsEverything(@TempDir Path tmp) throws Exception {
        EditionCopy e = new EditionCopy(tmp);
        try (DevServer s = serve(e.dir, TEMPLATES)) {
            Path source = e.file("sources/004_d0f7401162ea53d8.txt");
            Files.writeString(source, Files.readString(source) + "\n");
            s.rebuild(Set.of(source));
            assertFalse(s.lastRebuild().ok());
            assertEquals(fullBuildErrors(e.dir).stream().map(Diagnostic::toString).toList(),
                    s.problems().stream().map(Diagnostic::toString).toList());
            assertTrue(s.problems().toString().contains("changed since its hash was recorded"), s.problems().toString());

            EditionCopy.recordHashes(e.dir);
            s.rebuild(Set.of(e.file("sources.yaml")));
            assertTrue(s.lastRebuild().ok() && s.lastRebuild().full(), s.lastRebuild().describe());
            assertServesWhatAFullBuildMakes(s, e.dir, TEMPLATES);
        }
    }

    @Test
    void aTemplateChangeKeepsTheModelAndRemakesEveryPage(@TempDir Path tmp) throws Exception {
        EditionCopy e = new EditionCopy(tmp);
        Path templates = tmp.resolve("templates");
        EditionCopy.copyTree(TEMPLATES, templates);
        try (DevServer s = serve(e.dir, templates)) {
            Path footer = templates.resolve("layout.ftlh");
            Files.writeString(footer, Files.readString(footer).replace("</body>", "<p>edited template</p></body>"));
            s.rebuild(Set.of(footer));
            assertTrue(s.lastRebuild().templates() && !s.lastRebuild().full(), s.lastRebuild().describe());
            assertTrue(new String(s.file("statement/en/index.html"), StandardCharsets.UTF_8).contains("edited template"));
            assertServesWhatAFullBuildMakes(s, e.dir, templates);
        }
    }
}
