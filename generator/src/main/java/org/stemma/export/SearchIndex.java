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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.SortedMap;

/**
 * The offline search index: every witness paragraph and every note, with a dictionary of folded
 * words to the documents holding them. Emitted as a classic script (assets/search-index.js)
 * because browsers refuse fetch() and modules from file://.
 */
public final class SearchIndex {
    public static final String PATH = "assets/search-index.js";

    /** One searchable text: its group (work + unit), who says it, where it lives, what it says. */
    public record Doc(int group, String witness, String lang, String href, String text) {
    }

    /** Results are grouped by alignment unit; unit is null for unaligned paragraphs and loose notes. */
    public record Group(String work, String workTitle, String unit) {
    }

    private final List<Group> groups = new ArrayList<>();
    private final List<Doc> docs = new ArrayList<>();
    /**
     * Postings are ascending without repeats because documents are added in order. Plain int arrays:
     * at ten thousand witnesses there are millions of postings, and boxed they took hundreds of MB.
     */
    private final Map<String, Postings> terms = new HashMap<>();
    /**
     * Each word as written → the postings of its folded form. Folding is costly (ICU normalisation
     * and case mapping) and most words recur, so a word is folded and its term looked up once.
     */
    private final WordTable byWord = new WordTable();

    public SearchIndex(Edition edition) {
        for (Work work : edition.works()) {
            String title = Edition.localized(work.title(), edition.defaultLanguage(), edition.defaultLanguage());
            Map<String, Integer> byUnit = new LinkedHashMap<>();
            for (var u : work.units()) byUnit.put(u.id(), group(new Group(work.id(), title, u.id())));
            int loose = -1;
            for (Witness w : work.witnesses()) {
                for (Paragraph p : w.paragraphs()) {
                    int g;
                    if (p.units().isEmpty()) {
                        if (loose < 0) loose = group(new Group(work.id(), title, null));
                        g = loose;
                    } else {
                        g = byUnit.get(p.units().get(0));
                    }
                    add(new Doc(g, w.id(), w.lang(), Links.witness(work.id(), w.id()) + "#" + p.anchor(), p.text()));
                }
            }
            for (Note n : work.notes()) {
                Optional<String> unit = unitOf(work, n.anchor().paragraph());
                int g;
                if (unit.isPresent()) {
                    g = byUnit.get(unit.get());
                } else {
                    if (loose < 0) loose = group(new Group(work.id(), title, null));
                    g = loose;
                }
                add(new Doc(g, "note:" + n.id(), n.lang(), Links.notes(work.id()) + "#n-" + n.id(),
                        HtmlText.of(n.htmlFor(n.lang()))));
            }
        }
    }

    private static Optional<String> unitOf(Work work, String paragraphId) {
        if (paragraphId == null) return Optional.empty();
        return work.witnesses().stream().flatMap(w -> w.paragraphs().stream())
                .filter(p -> p.id().equals(paragraphId) && !p.units().isEmpty())
                .map(p -> p.units().get(0)).findFirst();
    }

    private int group(Group g) {
        groups.add(g);
        return groups.size() - 1;
    }

    private void add(Doc d) {
        docs.add(d);
        int doc = docs.size() - 1;
        Fold.forEachWord(d.text(), (text, start, end, hash) -> {
            Postings p = byWord.get(text, start, end, hash);
            if (p == null) {
                String w = text.substring(start, end);
                String f = Fold.fold(w);
                p = f.isEmpty() ? Postings.NONE : terms.computeIfAbsent(f, k -> new Postings());
                byWord.put(w, hash, p);
            }
            p.add(doc);
        });
    }

    public List<Doc> docs() {
        return docs;
    }

    public List<Group> groups() {
        return groups;
    }

    /** Folded word → indexes of the documents containing it, ascending; words in order. */
    public SortedMap<String, List<Integer>> terms() {
        SortedMap<String, List<Integer>> sorted = new TreeMap<>();
        terms.forEach((term, p) -> sorted.put(term, java.util.Arrays.stream(p.toArray()).boxed().toList()));
        return sorted;
    }

    /**
     * Words as written → postings, looked up by the word's place in the text (open addressing,
     * linear probing): the millions of word occurrences need no string of their own.
     */
    private static final class WordTable {
        private String[] keys = new String[1 << 12];
        private Postings[] values = new Postings[1 << 12];
        private int size;

        Postings get(String text, int start, int end, int hash) {
            int mask = keys.length - 1;
            int len = end - start;
            for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
                String k = keys[i];
                if (k == null) return null;
                if (k.length() == len && k.hashCode() == hash && k.regionMatches(0, text, start, len)) return values[i];
            }
        }

        void put(String key, int hash, Postings p) {
            if (2 * (size + 1) > keys.length) grow();
            int mask = keys.length - 1;
            int i = spread(hash) & mask;
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = key;
            values[i] = p;
            size++;
        }

        private void grow() {
            String[] oldKeys = keys;
            Postings[] oldValues = values;
            keys = new String[oldKeys.length * 2];
            values = new Postings[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != null) put(oldKeys[i], oldKeys[i].hashCode(), oldValues[i]);
        }

        /** String hashes of similar words differ mostly in their high bits: mixed before masking. */
        private static int spread(int h) {
            h *= 0x9E3779B9;
            return h ^ h >>> 16;
        }
    }

    /** A growable array of ascending document numbers. */
    private static class Postings {
        /** For words that fold to nothing: they are not indexed. */
        static final Postings NONE = new Postings() {
            @Override
            void add(int doc) {
            }
        };
        private int[] docs = new int[2];
        private int size;

        void add(int doc) {
            if (size > 0 && docs[size - 1] == doc) return;
            if (size == docs.length) docs = java.util.Arrays.copyOf(docs, size * 2);
            docs[size++] = doc;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(docs, size);
        }
    }

    /**
     * Streams the script, {@code window.STEMMA_SEARCH = {format, groups, docs, terms, postings};}: it
     * holds every paragraph's text. Written with Jackson's streaming generator (the same bytes its
     * object mapper made from maps and lists, without building them).
     */
    public void writeScript(java.io.OutputStream out) throws java.io.IOException {
        List<String> sorted = new ArrayList<>(terms.keySet());
        java.util.Collections.sort(sorted);
        out.write("window.STEMMA_SEARCH = ".getBytes(StandardCharsets.UTF_8));
        JsonFactory factory = new JsonFactory();
        factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("format", "stemma-search/1");
            json.writeArrayFieldStart("groups");
            for (Group g : groups) {
                json.writeStartArray();
                json.writeString(g.work());
                json.writeString(g.workTitle());
                json.writeString(g.unit() == null ? "" : g.unit());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("docs");
            for (Doc d : docs) {
                json.writeStartArray();
                json.writeNumber(d.group());
                json.writeString(d.witness());
                json.writeString(d.lang());
                json.writeString(d.href());
                json.writeString(d.text());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("terms");
            for (String t : sorted) json.writeString(t);
            json.writeEndArray();
            json.writeArrayFieldStart("postings");
            for (String t : sorted) {
                Postings p = terms.get(t);
                json.writeArray(p.docs, 0, p.size);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write(";\n".getBytes(StandardCharsets.UTF_8));
    }
}
