package org.stemma.notes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.check.EditionCopy;
import org.stemma.model.Note;
import org.stemma.pipeline.Pipeline;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Notes survive edits of their sources: moved text and changed words are warnings, lost text an error. */
class NoteReanchorTest {
    private static final String S1 = "sources/001_5984fa42ba6fd64b.txt";

    @Test
    void quoteOnLinesMovedByInsertedLinesIsFoundAndReportedAsMoved(@TempDir Path tmp) {
        EditionCopy e = new EditionCopy(tmp);
        e.replace(S1, "Telegram CEO says", "Inserted line one\nInserted line two\nTelegram CEO says");
        EditionCopy.recordHashes(e.dir);
        EditionCopy.Result r = EditionCopy.run("check", "--content", e.dir.toString());
        String note = e.dir + "/works/statement/notes/spun-headline.md";
        assertTrue(r.err().contains(note + ":6:10: warning: quote 'average higher' of note 'spun-headline' moved "
                + "(expected on line 5): now at 001_5984fa42ba6fd64b.txt line 7, column 25; update the target"), r.err());
    }

    @Test
    void changedWordInsideTheQuoteIsPlacedFuzzilyWithAWarning(@TempDir Path tmp) {
        EditionCopy e = new EditionCopy(tmp);
        e.replace("sources/003_6c039120364b0048.txt", "sécurité.Dans", "sécurité.Dons");
        EditionCopy.recordHashes(e.dir);
        EditionCopy.Result r = EditionCopy.run("check", "--content", e.dir.toString());
        assertEquals(0, r.exit(), r.err());
        String note = e.dir + "/works/statement/notes/durev-missing-space.md";
        assertTrue(r.err().contains(note + ":5:10: warning: quote 'sécurité.Dans' of note 'durev-missing-space' is no longer in "
                + "witness 'fr-durev'; placed on the closest text 'sécurité.Dons' at 003_6c039120364b0048.txt line 17, column "), r.err());
        assertTrue(r.err().contains("(similarity 0.92): check it and update the quote"), r.err());
        Note placed = new Pipeline(e.dir).load().edition().works().get(0).notes().stream()
                .filter(n -> n.id().equals("durev-missing-space")).findFirst().orElseThrow();
        assertEquals("sécurité.Dons", placed.anchor().quote());
        assertEquals(17, placed.anchor().lines().first());
        assertTrue(placed.anchor().paragraph().startsWith("fr-durev."), placed.anchor().paragraph());
    }

    @Test
    void deletedParagraphLeavesTheNoteUnplacedAsAnError(@TempDir Path tmp) {
        EditionCopy e = new EditionCopy(tmp);
        String src = "sources/002_34ba56b6eab15050.txt";
        String line23 = e.read(src).lines().skip(22).findFirst().orElseThrow();
        e.replace(src, line23, "This paragraph was removed.");
        EditionCopy.recordHashes(e.dir);
        EditionCopy.Result r = EditionCopy.run("check", "--content", e.dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(e.dir + "/works/statement/notes/tme-links.md:5:10: error: quote 'http://t.me/stopCA' of note "
                + "'tme-links' is not in witness 'en', nor anything close: copy the exact text, or re-anchor the note"), r.err());
    }
}
