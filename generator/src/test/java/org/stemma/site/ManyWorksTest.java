package org.stemma.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.bench.SyntheticEdition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An edition of several works, as collections grow: what the header of each kind of page links to. */
class ManyWorksTest {
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        Path content = Files.createTempDirectory("stemma-works-").resolve("content");
        SyntheticEdition.main(new String[] {content.toString(), "--works", "4", "--witnesses", "3", "--paragraphs", "5"});
        site = SiteFixture.build(content);
    }

    private static List<String> headerLinks(String page) throws Exception {
        Document d = SiteFixture.page(site, page);
        return d.select("header.site nav a").stream().map(a -> a.attr("href")).toList();
    }

    @Test
    void editionWidePagesDoNotRepeatEveryWorksViewsInTheirHeader() throws Exception {
        assertEquals(List.of("edition.json"), headerLinks("index.html"));
        assertEquals(List.of("edition.json"), headerLinks("404.html"));
        // the landing page itself still leads to every work's views
        Document landing = SiteFixture.page(site, "index.html");
        for (int w = 1; w <= 4; w++) {
            String parallel = String.format("work-%05d/parallel.html", w);
            assertEquals(1, landing.select("main a[href=" + parallel + "]").size(), parallel);
        }
    }

    @Test
    void aWorksPagesLinkToThatWorksViews() throws Exception {
        assertEquals(List.of("../../work-00002/parallel.html", "../../work-00002/notes.html", "../../edition.json"),
                headerLinks("work-00002/fr/index.html"));
        assertEquals(List.of("../work-00003/parallel.html", "../work-00003/notes.html", "../edition.json"),
                headerLinks("work-00003/notes.html"));
        for (Element a : SiteFixture.page(site, "sources/work-00004-de.txt.html").select("header.site nav a")) {
            assertEquals(true, a.attr("href").equals("../edition.json") || a.attr("href").startsWith("../work-00004/"), a.outerHtml());
        }
    }
}
