package org.stemma.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A witness whose text, title, provenance and note carry markup, script URLs and template syntax. */
class HostileCorpusTest {
    static final String EVIL = "<script>alert(1)</script> [x](javascript:alert(2)) <a href=\"javascript:alert(3)\">y</a> ${7*7} <#assign x=1>";
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = hostileSite();
    }

    /** The seed edition with {@link #EVIL} put into a witness's text, title, provenance and a note, built. */
    static Path hostileSite() throws Exception {
        Path content = SiteFixture.copyOfSeed();
        Path src = content.resolve("sources/001_5984fa42ba6fd64b.txt");
        String text = Files.readString(src, StandardCharsets.UTF_8);
        Files.writeString(src, text.replace("This was stunning for a number of causes:", "This was stunning " + EVIL + " causes:"));
        Path w = content.resolve("works/statement/witnesses/en-spun.yaml");
        String yaml = Files.readString(w)
                .replaceFirst("title: \"[^\"]*\"", java.util.regex.Matcher.quoteReplacement("title: '" + EVIL.replace("'", "''") + "'"))
                .replace("publisher: \"English-language news page (New York edition)\"",
                        "publisher: 'javascript:alert(4)'\n  url: '" + EVIL.replace("'", "''") + "'");
        Files.writeString(w, yaml);
        Path note = content.resolve("works/statement/notes/spun-text.md");
        Files.writeString(note, Files.readString(note).replace("Read it", EVIL + " Read it"));
        org.stemma.check.EditionCopy.recordHashes(content);
        return SiteFixture.build(content);
    }

    @Test
    void noPageRunsAnyScriptButTheSitesOwn() throws Exception {
        int pages = 0;
        for (Path p : SiteFixture.htmlPages(site)) {
            Document d = SiteFixture.page(site, site.relativize(p).toString());
            for (Element s : d.select("script")) {
                assertTrue(s.attr("src").matches("(\\.\\./)*assets/(stemma|search|search-index)\\.js") && s.data().isEmpty(), p + ": " + s.outerHtml());
            }
            for (Element e : d.getAllElements()) {
                assertFalse(e.hasAttr("style"), p + ": inline style on " + e.tagName());
                e.attributes().forEach(a -> {
                    assertFalse(a.getKey().startsWith("on"), p + ": event handler " + a);
                    assertFalse(a.getValue().strip().toLowerCase().startsWith("javascript:") && !a.getKey().equals("content")
                            && !a.getKey().equals("title") && !a.getKey().startsWith("aria"), p + ": " + a);
                });
            }
            assertTrue(d.select("a[href^=javascript], a[href^=JAVASCRIPT]").isEmpty(), p.toString());
            assertTrue(d.select("style").isEmpty(), p.toString());
            pages++;
        }
        assertTrue(pages > 10);
    }

    @Test
    void templateSyntaxInTheTextIsPrintedLiterally() throws Exception {
        Document spun = SiteFixture.page(site, "statement/en-spun/index.html");
        String body = spun.body().text();
        assertTrue(body.contains("${7*7}"), "literal ${7*7} in the reading text");
        assertTrue(body.contains("<#assign x=1>"));
        assertTrue(body.contains("<script>alert(1)</script>"), "markup shown as text");
        assertFalse(body.contains(" 49 "));
        assertEquals(EVIL, spun.selectFirst("h1").text());
        List<String> noteTexts = new ArrayList<>();
        spun.select("li[id^=n-] .note-body").forEach(e -> noteTexts.add(e.text()));
        assertTrue(noteTexts.stream().anyMatch(t -> t.contains("${7*7}")), noteTexts.toString());
    }
}
