package org.stemma.history;

import org.stemma.model.ContentHistory;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.check.EditionCopy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GitHistoryTest {
    private static PersonIdent at(String name, String isoInstant) {
        return new PersonIdent(name, name.toLowerCase() + "@example.org", Instant.parse(isoInstant), TimeZone.getTimeZone("UTC").toZoneId());
    }

    private static void commit(Git git, String message, PersonIdent who) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    @Test
    void historyComesFromCommitsTouchingContent(@TempDir Path tmp) throws Exception {
        Path repo = tmp.resolve("project");
        EditionCopy e = new EditionCopy(repo);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, "Seed edition", at("Ada", "2024-09-06T10:00:00Z"));
            Files.writeString(repo.resolve("unrelated.txt"), "not content");
            commit(git, "Tooling only", at("Bob", "2024-09-07T10:00:00Z"));
            git.tag().setName("v1.0").setAnnotated(false).call();
            e.replace("works/statement/notes/tme-links.md", "daily moderation", "daily public moderation");
            commit(git, "Sharpen the t.me note", at("Cleo", "2024-10-01T23:30:00Z"));
        }
        ContentHistory h = GitHistory.read(e.dir).orElseThrow();
        assertTrue(h.version().startsWith("v1.0-1-g"), h.version());
        assertEquals(2, h.commits().size(), "the tooling-only commit does not touch content/");
        ContentHistory.Commit newest = h.commits().get(0);
        assertEquals("2024-10-01", newest.date());
        assertEquals("Cleo", newest.author());
        assertEquals("Sharpen the t.me note", newest.message());
        assertEquals(java.util.List.of("works/statement/notes/tme-links.md"), newest.files());
        assertEquals("2024-10-01", h.lastChanged().get("works/statement/notes/tme-links.md"));
        assertEquals("2024-09-06", h.lastChanged().get("works/statement/witnesses/en.yaml"));

        Path out = tmp.resolve("site");
        assertEquals(0, EditionCopy.run("build", "--content", e.dir.toString(), "--out", out.toString(),
                "--templates", EditionCopy.repo().resolve("templates").toString()).exit());
        var page = Jsoup.parse(out.resolve("history.html").toFile());
        assertEquals(2, page.select("ol.commits > li").size());
        assertTrue(page.select("ol.commits > li").first().text().contains("2024-10-01 · Cleo"), page.text());
        assertTrue(page.text().contains("works/statement/witnesses/en.yaml 2024-09-06"), page.text());

        // The same facts travel in edition.json: the version, and when each witness and note last changed.
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("edition.json").toFile());
        assertEquals(h.version(), json.get("version").asText());
        assertEquals("2024-09-06", json.at("/works/0/witnesses/0/lastChanged").asText());
        for (var n : json.at("/works/0/notes")) {
            String expected = n.get("id").asText().equals("tme-links") ? "2024-10-01" : "2024-09-06";
            assertEquals(expected, n.get("lastChanged").asText(), n.get("id").asText());
        }
        assertTrue(Jsoup.parse(out.resolve("index.html").toFile()).selectFirst("a[href=history.html]") != null);
    }

    @Test
    void withoutGitTheSiteHasNoHistoryPage(@TempDir Path tmp) throws Exception {
        EditionCopy e = new EditionCopy(tmp);
        assertTrue(GitHistory.read(e.dir).isEmpty());
        Path out = tmp.resolve("site");
        assertEquals(0, EditionCopy.run("build", "--content", e.dir.toString(), "--out", out.toString(),
                "--templates", EditionCopy.repo().resolve("templates").toString()).exit());
        assertFalse(Files.exists(out.resolve("history.html")));
        assertTrue(Files.exists(out.resolve("index.html")));
    }
}
