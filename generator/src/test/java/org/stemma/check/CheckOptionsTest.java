package org.stemma.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckOptionsTest {
    private static final String NOTE = "works/statement/notes/paraphrase-duplicate.md";

    @Test
    void jsonFormatListsEveryDiagnosticWithFileLineColumn(@TempDir Path tmp) throws Exception {
        EditionCopy e = new EditionCopy(tmp);
        e.replace("works/statement/witnesses/vi.yaml", "lang: vi", "lang: vi_VN");
        e.replace("works/statement/notes/sobchak.md", "type: commentary", "type: comentary");
        EditionCopy.Result r = EditionCopy.run("check", "--content", e.dir.toString(), "--format", "json");
        assertEquals(1, r.exit());
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertEquals(2, rows.size(), r.out());
        JsonNode first = rows.get(0);
        assertEquals(e.dir.resolve("works/statement/notes/sobchak.md").toString(), first.get("file").asText());
        assertEquals(2, first.get("line").asInt());
        assertEquals(7, first.get("column").asInt());
        assertEquals("error", first.get("severity").asText());
        assertTrue(first.get("message").asText().startsWith("unknown note type 'comentary'"));
        assertTrue(rows.get(1).get("file").asText().endsWith("works/statement/witnesses/vi.yaml"));
    }

    @Test
    void jsonFormatOfACleanEditionIsAnEmptyArray() throws Exception {
        EditionCopy.Result r = EditionCopy.run("check", "--content", EditionCopy.repo().resolve("content").toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(0, new ObjectMapper().readTree(r.out()).size());
    }

    @Test
    void linkToAMissingPageOrAnchorIsAnErrorAtTheLink(@TempDir Path tmp) {
        EditionCopy e = new EditionCopy(tmp);
        e.replace(NOTE, "statement/fr-paraphrase-runon/index.html#p2", "statement/fr-paraphrase-runon/index.html#p42");
        e.write(NOTE, e.read(NOTE) + "\nSee [the Dutch copy](statement/nl/index.html).\n");
        EditionCopy.Result r = EditionCopy.run("check", "--content", e.dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(e.dir + "/" + NOTE + ":8:19: error: link 'statement/fr-paraphrase-runon/index.html#p42': "
                + "statement/fr-paraphrase-runon/index.html has no anchor '#p42'"), r.err());
        assertTrue(r.err().contains(e.dir + "/" + NOTE + ":13:22: error: link 'statement/nl/index.html' points to no page of the site"), r.err());
    }

    @Test
    void changedSourceIsReportedAgainstTheRecordedHash(@TempDir Path tmp) {
        EditionCopy e = new EditionCopy(tmp);
        EditionCopy.Result hashes = EditionCopy.run("hashes", "--content", e.dir.toString());
        assertEquals(0, hashes.exit());
        e.write("sources.yaml", hashes.out());
        assertEquals(0, EditionCopy.run("check", "--content", e.dir.toString()).exit(), "the fresh record matches");
        e.replace("sources/004_d0f7401162ea53d8.txt", "#", "# ");
        EditionCopy.Result r = EditionCopy.run("check", "--content", e.dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(e.dir + "/sources.yaml:6:29: error: source 004_d0f7401162ea53d8.txt changed since its hash was recorded"), r.err());
    }

    @Test
    void missingHashIsAWarningThatOnlyStrictTurnsIntoFailure(@TempDir Path tmp) {
        EditionCopy e = new EditionCopy(tmp);
        String record = EditionCopy.run("hashes", "--content", e.dir.toString()).out();
        e.write("sources.yaml", record.lines().filter(l -> !l.contains("000_")).reduce("", (a, b) -> a + b + "\n"));
        EditionCopy.Result lax = EditionCopy.run("check", "--content", e.dir.toString());
        assertEquals(0, lax.exit(), lax.err());
        assertTrue(lax.err().contains(e.dir + "/sources.yaml:1:1: warning: no recorded hash for source 000_41130b274219a800.txt"), lax.err());
        assertEquals(1, EditionCopy.run("check", "--strict", "--content", e.dir.toString()).exit());
    }
}
