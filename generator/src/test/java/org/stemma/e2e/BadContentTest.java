package org.stemma.e2e;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.check.EditionCopy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken content gives path:line:col errors, exit 1, no stack trace, and leaves the previous site untouched. */
class BadContentTest {
    @TempDir
    Path tmp;
    Path content;
    Path out;

    @BeforeEach
    void copySeedAndBuildOnce() {
        content = new EditionCopy(tmp).dir;
        out = tmp.resolve("site");
        assertEquals(0, run("build", "--content", content.toString(), "--templates", SeedSite.TEMPLATES.toString(), "--out", out.toString()).exit());
    }

    private static EditionCopy.Result run(String... args) {
        return EditionCopy.run(args);
    }

    private String failingBuild(String expectedLocation) throws IOException {
        byte[] indexBefore = Files.readAllBytes(out.resolve("index.html"));
        EditionCopy.Result r = run("build", "--content", content.toString(), "--templates", SeedSite.TEMPLATES.toString(), "--out", out.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(expectedLocation + ": error: "), "expected an error at " + expectedLocation + " in:\n" + r.err());
        assertFalse(r.err().contains("\tat "), "stack trace printed:\n" + r.err());
        assertArrayEquals(indexBefore, Files.readAllBytes(out.resolve("index.html")), "the previous site changed");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(2, s.count(), "a build folder was left beside the site");
        }
        return r.err();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = content.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), file + " does not contain " + from);
        Files.writeString(p, text.replace(from, to));
    }

    private String rel(String file) {
        return content.resolve(file).toString();
    }

    @Test
    void malformedYamlNamesFileLineAndColumn() throws IOException {
        edit("works/statement/witnesses/vi.yaml", "kind: translation", "kind: [translation");
        String err = failingBuild(rel("works/statement/witnesses/vi.yaml") + ":4:7");
        assertTrue(err.contains("malformed YAML: expected ',' or ']'"), err);
    }

    @Test
    void unknownWitnessInAlignmentSuggestsTheRightOne() throws IOException {
        edit("works/statement/alignment.yaml", "fr-durev: {", "fr-durew: {");
        String err = failingBuild(rel("works/statement/alignment.yaml") + ":7:1");
        assertTrue(err.contains("unknown witness 'fr-durew' (did you mean 'fr-durev'?)"), err);
    }

    @Test
    void lineRangeOutsideTheSourceIsReported() throws IOException {
        edit("works/statement/witnesses/fr-durev.yaml", "lines: 3-17", "lines: 3-40");
        String err = failingBuild(rel("works/statement/witnesses/fr-durev.yaml") + ":5:8");
        assertTrue(err.contains("lines 3-40 are outside 003_6c039120364b0048.txt, which has 17 lines"), err);
    }

    @Test
    void missingQuoteNamesTheNoteFileAndLine() throws IOException {
        edit("works/statement/notes/durev.md", "quote: Durev", "quote: Telegram's founder");
        String err = failingBuild(rel("works/statement/notes/durev.md") + ":7:10");
        assertTrue(err.contains("quote 'Telegram's founder' of note 'durev'"), err);
    }

    @Test
    void ambiguousQuoteAsksForPrefixOrSuffix() throws IOException {
        edit("works/statement/notes/chiffrement-keys.md", "  witness: fr-paraphrase\n", "  source: 004_d0f7401162ea53d8.txt\n");
        String err = failingBuild(rel("works/statement/notes/chiffrement-keys.md") + ":5:10");
        assertTrue(err.contains("occurs 2 times") && err.contains("lines 2, 11"), err);
    }

    @Test
    void lineInNoWitnessAndNoParatextIsNamed() throws IOException {
        edit("works/statement/paratext.yaml", "  lines: 26\n", "  lines: 25\n");
        String err = failingBuild(content.resolve("sources").toString() + "/002_34ba56b6eab15050.txt:26:1");
        assertTrue(err.contains("line 25 of 002_34ba56b6eab15050.txt is claimed twice"), err);
    }

    @Test
    void checkWritesNothingAndSucceedsOnTheSeed() throws IOException {
        EditionCopy.Result r = run("check", "--content", content.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
    }
}
