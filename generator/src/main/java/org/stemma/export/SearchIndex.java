package org.stemma.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.stemma.model.Edition;
import org.stemma.model.Note;
import org.stemma.model.Paragraph;
import org.stemma.model.Witness;
import org.stemma.model.Work;
import org.stemma.render.Links;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The offline search index: every witness paragraph and every note, with a dictionary of folded
 * words to the documents holding them. Emitted as a classic script (assets/search-index.js)
 * because browsers refuse fetch() and modules from file://. Format {@code stemma-search/2}:
 * <pre>
 * window.STEMMA_SEARCH = {format: "stemma-search/2",
 *   works:    [title],                  // each work's title, in the edition's default language
 *   groups:   [[work, unit]],           // results are grouped by work and alignment unit ("" for
 *                                       //   unaligned paragraphs and notes outside any unit)
 *   pages:    [[path, witness, lang]],  // a witness's reading page; a work's notes page: [path, "", ""]
 *   docs:     [[group, page, anchor, text]       // a paragraph: links to path#anchor
 *             |[group, page, id, text, lang]],   // a note: links to path#n-id
 *   terms:    [folded word],            // sorted by UTF-16 code units, as JavaScript compares
 *   postings: [string]}                 // per term, its documents, encoded as in SearchTerms
 * </pre>
 * Version 1 wrote each document's href in full and the postings as arrays of decimal numbers:
 * 161 MB at ten thousand witness pages.
 */
public final class SearchIndex {
    public static final String PATH = "assets/search-index.js";
    public static final String FORMAT = "stemma-search/2";

    /**
     * One searchable text: its group (work + unit), the page it lives on, its place there (a
     * paragraph's anchor, a note's id), its language and what it says. No href of its own: that is
     * the page's path and the anchor, joined by search.js.
     */
    public record Doc(int group, int page, String key, String lang, String text) {
    }

    /** Results are grouped by alignment unit; unit is null for unaligned paragraphs and loose notes. */
    public record Group(String work, String workTitle, String unit) {
    }

    /** A page results link to: a witness's reading page, or (witness null) a work's notes page. */
    public record Page(String path, String witness, String lang) {
        public boolean notes() {
            return witness == null;
        }
    }

    private final List<Group> groups = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private final List<Doc> docs = new ArrayList<>();
    private final SearchTerms terms = new SearchTerms();

    public SearchIndex(Edition edition) {
        for (Work work : edition.works()) {
            String title = Edition.localized(work.title(), edition.defaultLanguage(), edition.defaultLanguage());
            Map<String, Integer> byUnit = new LinkedHashMap<>();
            for (var u : work.units()) byUnit.put(u.id(), group(new Group(work.id(), title, u.id())));
            Map<String, String> unitOf = new HashMap<>();
            int loose = -1;
            for (Witness w : work.witnesses()) {
                int page = page(new Page(Links.witness(work.id(), w.id()), w.id(), w.lang()));
                for (Paragraph p : w.paragraphs()) {
                    int g;
                    if (p.units().isEmpty()) {
                        if (loose < 0) loose = group(new Group(work.id(), title, null));
                        g = loose;
                    } else {
                        g = byUnit.get(p.units().get(0));
                        unitOf.putIfAbsent(p.id(), p.units().get(0));
                    }
                    add(new Doc(g, page, p.anchor(), w.lang(), p.text()));
                }
            }
            if (work.notes().isEmpty()) continue;
            int notesPage = page(new Page(Links.notes(work.id()), null, null));
            for (Note n : work.notes()) {
                String unit = n.anchor().paragraph() == null ? null : unitOf.get(n.anchor().paragraph());
                int g;
                if (unit != null) {
                    g = byUnit.get(unit);
                } else {
                    if (loose < 0) loose = group(new Group(work.id(), title, null));
                    g = loose;
                }
                add(new Doc(g, notesPage, n.id(), n.lang(), HtmlText.of(n.htmlFor(n.lang()))));
            }
        }
    }

    private int group(Group g) {
        groups.add(g);
        return groups.size() - 1;
    }

    private int page(Page p) {
        pages.add(p);
        return pages.size() - 1;
    }

    private void add(Doc d) {
        docs.add(d);
        terms.addWords(d.text(), docs.size() - 1);
    }

    public List<Doc> docs() {
        return docs;
    }

    public List<Group> groups() {
        return groups;
    }

    public List<Page> pages() {
        return pages;
    }

    /** Where a document's result links to, from the site's root (search.js joins the same parts). */
    public String href(Doc d) {
        Page p = pages.get(d.page());
        return p.path() + (p.notes() ? "#n-" : "#") + d.key();
    }

    /** Folded word → indexes of the documents containing it, ascending; words in order. */
    public SortedMap<String, List<Integer>> terms() {
        SortedMap<String, List<Integer>> sorted = new TreeMap<>();
        for (String t : terms.sorted()) {
            String code = new String(terms.code(t), 0, terms.codeLength(t), StandardCharsets.US_ASCII);
            sorted.put(t, Arrays.stream(SearchTerms.decode(code)).boxed().toList());
        }
        return sorted;
    }

    /**
     * Streams the script (format above): it holds every paragraph's text. Written with Jackson's
     * streaming generator, without building maps and lists first.
     */
    public void writeScript(java.io.OutputStream out) throws java.io.IOException {
        List<String> sorted = terms.sorted();
        out.write("window.STEMMA_SEARCH = ".getBytes(StandardCharsets.UTF_8));
        JsonFactory factory = new JsonFactory();
        factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            Map<String, Integer> works = new LinkedHashMap<>();
            json.writeArrayFieldStart("works");
            for (Group g : groups) {
                if (works.containsKey(g.work())) continue;
                works.put(g.work(), works.size());
                json.writeString(g.workTitle());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("groups");
            for (Group g : groups) {
                json.writeStartArray();
                json.writeNumber(works.get(g.work()));
                json.writeString(g.unit() == null ? "" : g.unit());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("pages");
            for (Page p : pages) {
                json.writeStartArray();
                json.writeString(p.path());
                json.writeString(p.notes() ? "" : p.witness());
                json.writeString(p.notes() ? "" : p.lang());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("docs");
            char[] chars = new char[256];
            for (Doc d : docs) {
                json.writeStartArray();
                json.writeNumber(d.group());
                json.writeNumber(d.page());
                json.writeString(d.key());
                // Jackson escapes a String with charAt, a bounds-check call per char under the client
                // compiler for non-Latin text; from a char array it reads plainly.
                int n = d.text().length();
                if (n > chars.length) chars = new char[Math.max(n, chars.length * 2)];
                d.text().getChars(0, n, chars, 0);
                json.writeString(chars, 0, n);
                if (pages.get(d.page()).notes()) json.writeString(d.lang());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("terms");
            for (String t : sorted) json.writeString(t);
            json.writeEndArray();
            json.writeArrayFieldStart("postings");
            // ASCII digits that JSON needs no escape for: written as they are
            for (String t : sorted) json.writeRawUTF8String(terms.code(t), 0, terms.codeLength(t));
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write(";\n".getBytes(StandardCharsets.UTF_8));
    }
}
