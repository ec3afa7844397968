package org.stemma.scaffold;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.check.EditionCopy;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewEditionTest {
    @Test
    void newEditionChecksCleanAndBuilds(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("my-edition");
        assertEquals(0, EditionCopy.run("new", dir.toString()).exit());
        EditionCopy.Result check = EditionCopy.run("check", "--strict", "--content", dir.toString());
        assertEquals(0, check.exit(), check.err());
        assertEquals("", check.err());
        EditionCopy.Result build = EditionCopy.run("build", "--content", dir.toString(), "--out", tmp.resolve("site").toString(),
                "--templates", EditionCopy.repo().resolve("templates").toString());
        assertEquals(0, build.exit(), build.err());
        var page = Jsoup.parse(tmp.resolve("site/letter/en/index.html").toFile());
        assertTrue(page.text().contains("Dear friend, the harvest") && page.select("#p1").size() == 1, page.text());
        assertTrue(Files.isRegularFile(tmp.resolve("site/letter/fr/index.html")));
    }

    @Test
    void refusesAFolderThatIsNotEmpty(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        EditionCopy.Result r = EditionCopy.run("new", tmp.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(tmp + " is not empty"), r.err());
        assertEquals("mine", Files.readString(tmp.resolve("notes.txt")));
        assertEquals(1, Files.list(tmp).count());
    }
}
