package org.stemma.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.bench.SyntheticEdition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An edition of several works, as collections grow: the landing page lists the works, each work has a
 * page with its witnesses, sources and downloads, and the header of a page links to one work's views
 * only where one work is in question.
 */
class ManyWorksTest {
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = buildSite();
    }

    /** Four works of three witnesses (English base, French, German), five paragraphs each. */
    static Path buildSite() throws Exception {
        Path content = Files.createTempDirectory("stemma-works-").resolve("content");
        SyntheticEdition.main(new String[] {content.toString(), "--works", "4", "--witnesses", "3", "--paragraphs", "5"});
        return SiteFixture.build(content);
    }

    private static List<String> hrefs(String page, String selector) throws Exception {
        return SiteFixture.page(site, page).select(selector).stream().map(a -> a.attr("href")).toList();
    }

    @Test
    void theLandingPageHasARowPerWorkLinkingToItsPageWitnessesAndViews() throws Exception {
        Document landing = SiteFixture.page(site, "index.html");
        assertEquals(4, landing.select("table.works tbody tr").size());
        Element row = landing.selectFirst("table.works tr#work-work-00003");
        assertEquals("work-00003/index.html", row.selectFirst("th[scope=row] a").attr("href"));
        assertEquals(List.of("work-00003/en/index.html", "work-00003/fr/index.html", "work-00003/de/index.html",
                "work-00003/parallel.html", "work-00003/notes.html"), row.select("td a").stream().map(a -> a.attr("href")).toList());
        assertEquals("en English", row.selectFirst("td.work-witnesses a").text());
        // the details are on the works' pages: no source or per-witness download on the landing page
        assertEquals(List.of("edition.json", "edition.tei.xml"), hrefs("index.html", "section.downloads a"));
        assertTrue(landing.select("a[href^=sources/], a[href^=downloads/]").isEmpty());
    }

    @Test
    void aWorksPageHasItsWitnessesItsSourcesAndItsDownloads() throws Exception {
        Document work = SiteFixture.page(site, "work-00002/index.html");
        assertEquals(3, work.select("table.witnesses tbody tr").size());
        assertEquals(List.of("../sources/work-00002-en.txt.html", "../sources/raw/work-00002-en.txt",
                        "../sources/work-00002-fr.txt.html", "../sources/raw/work-00002-fr.txt",
                        "../sources/work-00002-de.txt.html", "../sources/raw/work-00002-de.txt"),
                hrefs("work-00002/index.html", "section.sources a"));
        assertEquals(3, work.select("section.sources code.hash").size());
        List<String> downloads = hrefs("work-00002/index.html", "section.downloads a");
        assertEquals(2 + 3 * 2, downloads.size(), downloads.toString());
        assertTrue(downloads.stream().allMatch(h -> h.startsWith("../downloads/work-00002/")), downloads.toString());
        // a reading page's work title leads to its work's page
        assertEquals("../../work-00002/index.html", hrefs("work-00002/fr/index.html", "p.work-title a").get(0));
    }

    @Test
    void everyLinkOnEveryPageLeadsToAFileOfTheSite() throws Exception {
        List<String> broken = new ArrayList<>();
        for (Path p : SiteFixture.htmlPages(site)) {
            Document d = SiteFixture.page(site, site.relativize(p).toString());
            for (Element a : d.select("a[href], link[href]")) {
                String href = a.attr("href");
                if (href.startsWith("http") || href.startsWith("mailto:") || href.startsWith("#")) continue;
                String file = href.replaceFirst("#.*", "");
                if (!Files.isRegularFile(p.getParent().resolve(file).normalize())) broken.add(site.relativize(p) + ": " + href);
            }
        }
        assertTrue(broken.isEmpty(), broken.size() + " broken: " + broken.subList(0, Math.min(10, broken.size())));
    }

    @Test
    void editionWidePagesDoNotRepeatEveryWorksViewsInTheirHeader() throws Exception {
        assertEquals(List.of("edition.json"), hrefs("index.html", "header.site nav a"));
        assertEquals(List.of("edition.json"), hrefs("404.html", "header.site nav a"));
    }

    @Test
    void aWorksPagesLinkToThatWorksViews() throws Exception {
        List<String> views = List.of("work-00002/parallel.html", "work-00002/notes.html", "edition.json");
        assertEquals(views.stream().map(v -> "../../" + v).toList(), hrefs("work-00002/fr/index.html", "header.site nav a"));
        assertEquals(views.stream().map(v -> "../" + v).toList(), hrefs("work-00002/index.html", "header.site nav a"));
        assertEquals(views.stream().map(v -> "../" + v.replace("00002", "00003")).toList(), hrefs("work-00003/notes.html", "header.site nav a"));
        for (String h : hrefs("sources/work-00004-de.txt.html", "header.site nav a")) {
            assertTrue(h.equals("../edition.json") || h.startsWith("../work-00004/"), h);
        }
    }
}
