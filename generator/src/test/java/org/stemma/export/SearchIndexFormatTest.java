package org.stemma.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.bench.SyntheticEdition;
import org.stemma.model.Edition;
import org.stemma.pipeline.Pipeline;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stemma-search/2 encoding as the reader meets it: search.js, in Node, over the written script. */
class SearchIndexFormatTest {

    /**
     * Over an edition of 3,000+ documents, every query's results in search.js are exactly the documents
     * whose text has a word starting with each query word (worked out from the texts, not the index):
     * paragraph numbers recur once per work, far apart; syllables recur almost everywhere.
     */
    @Test
    void queriesFindExactlyTheDocumentsHoldingTheirWordsNearOrFarApart(@TempDir Path tmp) throws Exception {
        Path content = tmp.resolve("content");
        SyntheticEdition.main(new String[]{content.toString(), "--works", "30", "--witnesses", "5", "--paragraphs", "20"});
        Edition edition = new Pipeline(content).load().edition();
        SearchIndex index = new SearchIndex(edition);
        Path script = tmp.resolve("search-index.js");
        try (OutputStream out = Files.newOutputStream(script)) {
            index.writeScript(out);
        }
        // Also the word whose documents lie furthest apart (its gaps take several digits).
        String sparse = null;
        int sparseGap = 0;
        for (Map.Entry<String, List<Integer>> t : index.terms().entrySet()) {
            List<Integer> docs = t.getValue();
            for (int i = 1; i < docs.size(); i++) {
                if (docs.get(i) - docs.get(i - 1) > sparseGap) {
                    sparseGap = docs.get(i) - docs.get(i - 1);
                    sparse = t.getKey();
                }
            }
        }
        List<String> queries = List.of("1005", "1020", "100", "ta", "ta mon", "пра", "duoc", "1007 sel", sparse, "zzzq");
        String js = "global.window={};require(" + SearchIndexTest.js(script) + ");"
                + "const s=require(" + SearchIndexTest.js(SeedSite.repo().resolve("templates/assets/search.js")) + ");"
                + "const ix=window.STEMMA_SEARCH;"
                + "process.stdout.write(JSON.stringify({format:ix.format,found:"
                + new ObjectMapper().writeValueAsString(queries) + ".map(q=>s.find(ix,s.words(q)))}));";
        JsonNode r = new ObjectMapper().readTree(SearchIndexTest.node(js));
        assertEquals(SearchIndex.FORMAT, r.get("format").asText());

        Map<Integer, List<String>> words = new HashMap<>();
        for (int d = 0; d < index.docs().size(); d++) words.put(d, Fold.words(index.docs().get(d).text()));
        int widest = 0;
        for (int q = 0; q < queries.size(); q++) {
            List<String> qwords = Fold.words(queries.get(q));
            List<Integer> expected = new ArrayList<>();
            for (int d = 0; d < index.docs().size(); d++) {
                List<String> w = words.get(d);
                if (qwords.stream().allMatch(x -> w.stream().anyMatch(y -> y.startsWith(x)))) expected.add(d);
            }
            List<Integer> found = new ArrayList<>();
            r.get("found").get(q).forEach(n -> found.add(n.asInt()));
            assertEquals(expected, found, queries.get(q));
            for (int i = 1; i < found.size(); i++) widest = Math.max(widest, found.get(i) - found.get(i - 1));
        }
        assertTrue(index.docs().size() > 3000, "documents: " + index.docs().size());
        assertEquals(0, r.get("found").get(queries.size() - 1).size(), "a word in no text finds nothing");
        assertTrue(widest > 32 * 32, "some results lie more than a thousand documents apart: " + widest);
    }

    /** Every result's link, joined by search.js from the page table and the document, names an element on its page. */
    @Test
    void paragraphAndNoteResultsLinkToAnchorsThatExistInTheBuiltSite(@TempDir Path tmp) throws Exception {
        SearchIndex index = new SearchIndex(SeedSite.get().edition());
        Path script = tmp.resolve("search-index.js");
        Files.write(script, SeedSite.get().files().get(SearchIndex.PATH));
        String js = "global.window={};require(" + SearchIndexTest.js(script) + ");"
                + "const s=require(" + SearchIndexTest.js(SeedSite.repo().resolve("templates/assets/search.js")) + ");"
                + "const ix=window.STEMMA_SEARCH;"
                + "process.stdout.write(JSON.stringify(ix.docs.map(d=>s.place(ix,d))));";
        JsonNode places = new ObjectMapper().readTree(SearchIndexTest.node(js));
        assertEquals(index.docs().size(), places.size());
        Map<String, Document> pages = new HashMap<>();
        int notes = 0;
        for (int d = 0; d < places.size(); d++) {
            JsonNode at = places.get(d);
            String href = at.get("href").asText();
            assertEquals(index.href(index.docs().get(d)), href, "search.js joins the link as Java does");
            String[] parts = href.split("#", 2);
            Document page = pages.computeIfAbsent(parts[0], p -> Jsoup.parse(SeedSite.text(p)));
            assertNotNull(page.getElementById(parts[1]), href + " names no element");
            assertEquals(index.docs().get(d).lang(), at.get("lang").asText(), href);
            if (!at.get("note").isNull()) {
                notes++;
                assertTrue(parts[0].endsWith("/notes.html") && parts[1].equals("n-" + at.get("note").asText()), href);
            } else {
                assertTrue(parts[0].endsWith("/" + at.get("witness").asText() + "/index.html"), href);
            }
        }
        assertTrue(notes > 0 && notes < places.size(), "notes and paragraphs: " + notes);
    }
}
