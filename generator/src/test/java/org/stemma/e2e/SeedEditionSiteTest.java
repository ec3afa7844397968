package org.stemma.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.source.SourceLoader;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed edition built end to end, read back the way a browser and a reader would. */
class SeedEditionSiteTest {
    @TempDir
    static Path tmp;
    static Path site;
    static JsonNode edition;
    static final Map<Path, Document> pages = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        site = SeedSite.build(tmp);
        edition = new ObjectMapper().readTree(site.resolve("edition.json").toFile());
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.put(p, Jsoup.parse(p.toFile(), "UTF-8"));
            }
        }
    }

    static Document page(String path) {
        Document d = pages.get(site.resolve(path));
        assertNotNull(d, "page " + path + " was not built");
        return d;
    }

    @Test
    void everyWitnessHasAReadingPageWithOneAnchorPerUnitItCovers() {
        for (JsonNode witness : edition.at("/works/0/witnesses")) {
            Document d = page(witness.get("url").asText());
            for (JsonNode p : witness.get("paragraphs")) {
                for (JsonNode unit : p.get("units")) {
                    assertNotNull(d.getElementById("p" + unit.asText()),
                            witness.get("id").asText() + " lacks anchor #p" + unit.asText());
                }
            }
        }
    }

    @Test
    void everyInternalLinkAndFragmentResolves() {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<Path, Document> e : pages.entrySet()) {
            for (Element a : e.getValue().select("a[href], link[href], script[src]")) {
                String ref = a.hasAttr("href") ? a.attr("href") : a.attr("src");
                if (ref.startsWith("http:") || ref.startsWith("https:") || ref.startsWith("mailto:")) continue;
                assertFalse(ref.startsWith("/"), "absolute link " + ref + " in " + e.getKey());
                URI uri = URI.create(ref.replace(" ", "%20"));
                Path target = uri.getPath().isEmpty() ? e.getKey() : e.getKey().getParent().resolve(uri.getPath()).normalize();
                if (!Files.isRegularFile(target)) {
                    broken.add(site.relativize(e.getKey()) + " -> " + ref + " (no file)");
                    continue;
                }
                if (uri.getFragment() != null && target.toString().endsWith(".html")) {
                    Document t = pages.get(target);
                    if (t.getElementById(uri.getFragment()) == null) broken.add(site.relativize(e.getKey()) + " -> " + ref + " (no anchor)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyUnitMemberLinksToEveryOtherWitnessHavingTheUnit() {
        JsonNode work = edition.at("/works/0");
        Map<String, String> witnessOfParagraph = new HashMap<>();
        Map<String, String> urlOfWitness = new HashMap<>();
        for (JsonNode w : work.get("witnesses")) {
            urlOfWitness.put(w.get("id").asText(), w.get("url").asText());
            for (JsonNode p : w.get("paragraphs")) witnessOfParagraph.put(p.get("id").asText(), w.get("id").asText());
        }
        for (JsonNode unit : work.get("units")) {
            String u = unit.get("id").asText();
            List<String> witnesses = new ArrayList<>();
            for (JsonNode p : unit.get("paragraphs")) {
                String w = witnessOfParagraph.get(p.asText());
                if (!witnesses.contains(w)) witnesses.add(w);
            }
            for (String from : witnesses) {
                Element para = page(urlOfWitness.get(from)).getElementById("p" + u).closest("section.para");
                for (String to : witnesses) {
                    if (to.equals(from)) continue;
                    String expected = "../" + to + "/index.html#p" + u;
                    boolean linked = para.select("nav.counterparts a[href]").stream()
                            .anyMatch(a -> Path.of(urlOfWitness.get(from)).getParent().resolve(a.attr("href").split("#")[0]).normalize()
                                    .equals(Path.of(urlOfWitness.get(to)).normalize()) && a.attr("href").endsWith("#p" + u));
                    assertTrue(linked, "unit " + u + ": " + from + " does not link to " + expected);
                }
            }
        }
    }

    @Test
    void fourthFrenchCopyStopsInsideUnitEightAndSaysSo() {
        JsonNode durev = witness("fr-durev");
        assertEquals(8, durev.get("paragraphs").size());
        assertEquals("8", durev.at("/paragraphs/7/units/0").asText());
        assertTrue(page("index.html").text().contains("8 of 11 paragraphs"));
        assertTrue(page("statement/fr-durev/index.html").text().contains("8 paragraphes sur 11"));
    }

    @Test
    void runOnParaphraseCarriesEveryAnchorFromTwoToEleven() {
        Document d = page("statement/fr-paraphrase-runon/index.html");
        Element section = d.getElementById("p2");
        for (int u = 3; u <= 11; u++) {
            assertEquals(section, d.getElementById("p" + u).closest("section.para"), "#p" + u + " is not in the run-on paragraph");
        }
    }

    @Test
    void requiredNotesAreRenderedAtTheirQuotes() {
        assertMarked("statement/fr-durev/index.html", "durev", "Durev");
        assertMarked("statement/fr-durev/index.html", "durev-missing-space", "sécurité.Dans");
        assertMarked("statement/en-spun/index.html", "spun-text", "Final month I acquired");
        assertMarked("statement/fr-paraphrase/index.html", "chiffrement-keys", "chiffrement keys");
        assertMarked("statement/en/index.html", "tme-links", "http://t.me/stopCA");
        assertMarked("sources/001_5984fa42ba6fd64b.txt.html", "spun-headline", "average higher");
        // Whole-paragraph and line-range notes: a marker, and the footnote.
        Document durev = page("statement/fr-durev/index.html");
        assertNotNull(durev.getElementById("p8").selectFirst("a#r-durev-breaks-off"));
        Document en = page("statement/en/index.html");
        assertNotNull(en.selectFirst("details.paratext a#r-sobchak"), "Sobchak commentary note on the English page's paratext");
        assertTrue(en.getElementById("n-sobchak").text().contains("Ksenia Sobchak"));
    }

    @Test
    void noteBodiesFollowTheReadersLanguageWithFallback() {
        assertTrue(page("statement/fr-durev/index.html").getElementById("n-durev").text().contains("écorche le nom"));
        assertTrue(page("statement/ru/index.html").getElementById("n-sobchak").text().contains("Ксению Собчак"));
        assertTrue(page("statement/vi/index.html").select("li[id^=n-]").isEmpty());
        assertTrue(page("statement/notes.html").getElementById("n-durev").text().contains("Sic for Durov"));
    }

    @Test
    void sourcePagesShowEveryLineVerbatimWithItsRoleAndHash() throws IOException {
        for (JsonNode s : edition.get("sources")) {
            Path raw = site.resolve(s.get("raw").asText());
            byte[] bytes = Files.readAllBytes(raw);
            byte[] original = Files.readAllBytes(SeedSite.CONTENT.resolve("sources").resolve(s.get("file").asText()));
            assertEquals(SourceLoader.sha256(original), s.get("sha256").asText());
            assertEquals(SourceLoader.sha256(original), SourceLoader.sha256(bytes));
            Document d = page(s.get("url").asText());
            assertEquals(s.get("lines").asInt(), d.select("table.diplomatic tbody tr").size());
            assertTrue(d.text().contains(s.get("sha256").asText()));
        }
        Document durev = page("sources/003_6c039120364b0048.txt.html");
        assertEquals("$TON Un message de Durev1", durev.getElementById("L1").selectFirst("td.text").text());
        assertTrue(durev.getElementById("L1").selectFirst("td.role").text().contains("headline"));
        assertTrue(durev.getElementById("L3").selectFirst("td.role a").attr("href").endsWith("fr-durev/index.html#p1"));
    }

    @Test
    void parallelViewHasOneRowPerUnitAndOneColumnPerWitness() {
        Document d = page("statement/parallel.html");
        assertEquals(11, d.select("table.synopsis tbody tr").size());
        assertEquals(7, d.select("table.synopsis thead th[data-witness]").size());
        Element row9 = d.getElementById("u9");
        assertTrue(row9.selectFirst("td[data-witness=fr-durev]").text().contains("—"));
        assertTrue(row9.selectFirst("td[data-witness=fr-paraphrase-runon] a.continued").attr("href").endsWith("#p9"));
    }

    @Test
    void everyTextElementDeclaresItsLanguage() {
        for (Map.Entry<Path, Document> e : pages.entrySet()) {
            assertFalse(e.getValue().selectFirst("html").attr("lang").isEmpty(), e.getKey() + " has no lang");
        }
        Document ru = page("statement/ru/index.html");
        assertEquals("ru", ru.selectFirst("html").attr("lang"));
        for (Element p : ru.select("section.para p")) assertEquals("ru", p.closest("[lang]").attr("lang"));
        Document vi = page("statement/vi/index.html");
        assertEquals("vi", vi.getElementById("p1").closest("[lang]").attr("lang"));
    }

    @Test
    void editionJsonFollowsTheFormat() {
        assertEquals("stemma-edition/1", edition.get("format").asText());
        assertEquals(5, edition.get("sources").size());
        JsonNode work = edition.at("/works/0");
        assertEquals("en", work.get("base").asText());
        assertEquals(11, work.get("units").size());
        assertEquals("en.1", work.at("/units/0/paragraphs/0").asText());
        JsonNode en1 = witness("en").at("/paragraphs/0");
        assertEquals(15, en1.get("line").asInt());
        assertEquals("Thanks everyone for your support and love!", en1.get("text").asText());
        assertEquals("statement/en/index.html#p1", en1.get("url").asText());
        JsonNode durevNote = null;
        for (JsonNode n : work.get("notes")) if (n.get("id").asText().equals("durev")) durevNote = n;
        assertNotNull(durevNote);
        assertEquals("Durev", durevNote.at("/target/quote").asText());
        String line1 = "$TON Un message de Durev";
        assertEquals(line1.indexOf("Durev"), durevNote.at("/target/start").asInt());
        assertEquals("fr-durev", durevNote.get("witness").asText());
        List<String> ids = new ArrayList<>();
        work.get("notes").forEach(n -> ids.add(n.get("id").asText()));
        assertEquals(ids.stream().sorted().toList(), ids, "notes sorted by id");
    }

    private static JsonNode witness(String id) {
        for (JsonNode w : edition.at("/works/0/witnesses")) if (w.get("id").asText().equals(id)) return w;
        throw new AssertionError("no witness " + id);
    }

    private static void assertMarked(String path, String noteId, String quote) {
        Document d = page(path);
        Element ref = d.getElementById("r-" + noteId);
        assertNotNull(ref, "no marker for note " + noteId + " on " + path);
        Element mark = d.selectFirst("mark.noted[data-notes~=" + noteId + "]");
        assertNotNull(mark, "quote of " + noteId + " not marked on " + path);
        assertEquals(quote, mark.text());
        assertEquals("#n-" + noteId, ref.attr("href"));
        assertNotNull(d.getElementById("n-" + noteId), "note text of " + noteId + " missing on " + path);
    }
}
