package org.stemma.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.render.internal.Apparatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadingPageStructureTest {
    static Path site;

    @BeforeAll
    static void build() {
        site = SiteFixture.buildSeed();
    }

    @Test
    void counterpartLinksAreLabelledByLanguageNameAndPointAtTheSameUnit() throws Exception {
        Document en = SiteFixture.page(site, "statement/en/index.html");
        Element nav = en.selectFirst("section#p2 nav.counterparts");
        Element ru = nav.selectFirst("a[hreflang=ru]");
        assertEquals("Russian", ru.text());
        assertEquals("../../statement/ru/index.html#p2", ru.attr("href"));
        // Two French witnesses: the label tells them apart.
        assertTrue(nav.select("a[hreflang=fr]").stream().allMatch(a -> a.text().startsWith("French (")), nav.outerHtml());
        assertEquals(nav.select("a").size(), nav.select("a").stream().map(a -> a.text()).distinct().count(), "labels are distinct");
    }

    @Test
    void spunCopyShowsWordDifferencesFromTheEnglishOriginal() throws Exception {
        Document spun = SiteFixture.page(site, "statement/en-spun/index.html");
        Element first = spun.selectFirst("section.para details.apparatus p.diff");
        assertTrue(first.select("del").size() > 0 && first.select("ins").size() > 0, first.outerHtml());
        // Without the script the plain reading is what shows; the comparison sits closed below it.
        assertFalse(spun.selectFirst("details.apparatus").hasAttr("open"));
        assertTrue(spun.selectFirst("section.para p.reading").select("ins, del").isEmpty());
        Matcher m = Pattern.compile("(\\d+)% of words differ").matcher(spun.selectFirst("#apparatus").text());
        assertTrue(m.find(), spun.selectFirst("#apparatus").text());
        int pct = Integer.parseInt(m.group(1));
        assertTrue(pct > 10 && pct < 90, "spun copy differs in " + pct + "%");
    }

    @Test
    void differenceMarksNeverStartOrEndWithSpaceEvenNoBreakSpace() throws Exception {
        Apparatus.Comparison c = Apparatus.compare("Thanks everyone for your support",
                "\u00a0\u2764\ufe0f\u00a0Thanks everybody to your\u202fassist ");
        assertEquals("<ins>\u2764\ufe0f</ins> Thanks <del>everyone for</del> <ins>everybody to</ins> your "
                + "<del>support</del> <ins>assist</ins>", c.html());
        Document spun = SiteFixture.page(site, "statement/en-spun/index.html");
        assertFalse(spun.select("p.diff ins, p.diff del").isEmpty());
        for (Element e : spun.select("p.diff ins, p.diff del")) {
            assertFalse(e.wholeText().matches("(?sU)^\\s.*|.*\\s$"), "space at an edge of " + e.outerHtml());
        }
    }

    @Test
    void witnessesAloneInTheirLanguageHaveNoApparatus() throws Exception {
        for (String w : new String[] {"en", "ru", "vi", "fr-durev"}) {
            Document d = SiteFixture.page(site, "statement/" + w + "/index.html");
            assertTrue(d.select("details.apparatus, #apparatus").isEmpty(), w);
        }
        assertFalse(SiteFixture.page(site, "statement/fr-paraphrase/index.html").select("details.apparatus del").isEmpty());
    }

    @Test
    void noteMarkersStillLinkToFootnotesForReadersWithoutScript() throws Exception {
        Document spun = SiteFixture.page(site, "statement/en-spun/index.html");
        for (Element a : spun.select("sup.note-ref a")) {
            assertTrue(a.id().startsWith("r-"));
            assertFalse(spun.select("li" + a.attr("href")).isEmpty(), a.attr("href"));
        }
    }

    @Test
    void everyPageHasDescriptionSocialMetaAndAFaviconButNoCanonicalWithoutBaseUrl() throws Exception {
        for (Path p : SiteFixture.htmlPages(site)) {
            Document d = SiteFixture.page(site, site.relativize(p).toString());
            assertFalse(d.select("meta[name=description]").attr("content").isBlank(), p.toString());
            assertFalse(d.select("meta[property=og:title]").attr("content").isBlank(), p.toString());
            assertEquals("summary", d.select("meta[name=twitter:card]").attr("content"));
            String icon = d.selectFirst("link[rel=icon]").attr("href");
            assertTrue(Files.isRegularFile(p.getParent().resolve(icon)), icon);
            assertTrue(d.select("link[rel=canonical]").isEmpty());
        }
        assertTrue(SiteFixture.page(site, "statement/en/index.html").select("meta[name=description]").attr("content")
                .startsWith("Thanks everyone"));
        assertTrue(Files.isRegularFile(site.resolve("404.html")));
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("User-agent: *"));
        assertFalse(Files.exists(site.resolve("sitemap.xml")));
    }

    @Test
    void baseUrlGivesCanonicalLinksAndASitemapOfEveryPage() throws Exception {
        Path content = SiteFixture.copyOfSeed();
        Path yaml = content.resolve("edition.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "base-url: https://example.org/durov/\n");
        Path built = SiteFixture.build(content);
        Document en = SiteFixture.page(built, "statement/en/index.html");
        assertEquals("https://example.org/durov/statement/en/index.html", en.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("https://example.org/durov/statement/en/index.html", en.selectFirst("meta[property=og:url]").attr("content"));
        String sitemap = Files.readString(built.resolve("sitemap.xml"));
        for (Path p : SiteFixture.htmlPages(built)) {
            String rel = built.relativize(p).toString();
            assertEquals(!rel.equals("404.html"), sitemap.contains("<loc>https://example.org/durov/" + rel + "</loc>"), rel);
        }
        assertTrue(Files.readString(built.resolve("robots.txt")).contains("Sitemap: https://example.org/durov/sitemap.xml"));
    }

    @Test
    void notFoundPageLinksAreAbsoluteWithABaseUrlSoTheyWorkAtANestedMissingAddress() throws Exception {
        Document plain = SiteFixture.page(site, "404.html");
        assertEquals("assets/stemma.css", plain.selectFirst("link[rel=stylesheet]").attr("href"));
        Path content = SiteFixture.copyOfSeed();
        Path yaml = content.resolve("edition.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "base-url: https://example.org/durov\n");
        Document nf = SiteFixture.page(SiteFixture.build(content), "404.html");
        assertTrue(nf.select("link[rel=canonical]").isEmpty());
        assertEquals("https://example.org/durov/assets/stemma.css", nf.selectFirst("link[rel=stylesheet]").attr("href"));
        for (Element a : nf.select("a[href], link[href], script[src]")) {
            String href = a.hasAttr("src") ? a.attr("src") : a.attr("href");
            assertTrue(href.startsWith("#") || href.startsWith("https://example.org/durov/"), a.outerHtml());
        }
    }

    @Test
    void parallelViewOffersAColumnChoiceHiddenUntilTheScriptRuns() throws Exception {
        Document par = SiteFixture.page(site, "statement/parallel.html");
        Element set = par.selectFirst("fieldset#column-choice");
        assertTrue(set.hasAttr("hidden"));
        assertEquals(par.select("table.synopsis thead th[data-witness]").size(), set.select("input[type=checkbox][checked]").size());
    }
}
