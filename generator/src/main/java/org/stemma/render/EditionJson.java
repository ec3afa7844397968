package org.stemma.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.stemma.model.ContentHistory;
import org.stemma.model.Edition;
import org.stemma.model.Note;
import org.stemma.model.Paragraph;
import org.stemma.model.Paratext;
import org.stemma.model.Source;
import org.stemma.model.Unit;
import org.stemma.model.Witness;
import org.stemma.model.Work;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes {@code edition.json}, format {@code stemma-edition/1} (see shared/edition-json.md): stable order, '\n' line ends. */
public final class EditionJson {
    public static final String FORMAT = "stemma-edition/1";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.ESCAPE_NON_ASCII);

    private EditionJson() {
    }

    /** Streams the file: at ten thousand witnesses it is hundreds of megabytes. */
    public static void write(Edition e, java.io.OutputStream out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            JSON.writer(printer).writeValue(g, toMap(e));
            g.writeRaw('\n');
        }
    }

    public static Map<String, Object> toMap(Edition e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("title", e.title());
        m.put("version", e.version());
        m.put("languages", e.languages());
        List<Object> sources = new ArrayList<>();
        for (Source s : e.sources()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("file", s.file());
            v.put("sha256", s.sha256());
            v.put("lines", s.lineCount());
            v.put("bytes", s.size());
            v.put("url", Links.source(s.file()));
            v.put("raw", Links.rawSource(s.file()));
            sources.add(v);
        }
        m.put("sources", sources);
        // Made one work at a time as the writer reaches it, so only one work's maps exist at once.
        m.put("works", new java.util.AbstractList<Map<String, Object>>() {
            @Override
            public Map<String, Object> get(int i) {
                return work(e.works().get(i), e.history());
            }

            @Override
            public int size() {
                return e.works().size();
            }
        });
        return m;
    }

    private static Map<String, Object> work(Work w, ContentHistory history) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", w.id());
        m.put("title", w.title());
        m.put("base", w.base());
        List<Object> witnesses = new ArrayList<>();
        for (Witness x : w.witnesses()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", x.id());
            v.put("lang", x.lang());
            v.put("title", x.title());
            v.put("kind", x.kind());
            v.put("source", x.source());
            v.put("lines", x.lines().stream().map(r -> List.of(r.first(), r.last())).toList());
            v.put("provenance", x.provenance());
            v.put("url", Links.witness(w.id(), x.id()));
            v.put("coverage", ordered("units", x.coveredUnits(), "of", w.units().size()));
            v.put("lastChanged", history == null ? null : history.witnessLastChanged(w.id(), x));
            List<Object> paragraphs = new ArrayList<>();
            for (Paragraph p : x.paragraphs()) {
                Map<String, Object> pv = new LinkedHashMap<>();
                pv.put("id", p.id());
                pv.put("units", p.units());
                pv.put("line", p.lines().first());
                pv.put("lines", List.of(p.lines().first(), p.lines().last()));
                pv.put("text", p.text());
                pv.put("url", Links.witness(w.id(), x.id()) + "#" + p.anchor());
                pv.put("confidence", p.confidence());
                pv.put("alignedBy", p.alignedBy());
                paragraphs.add(pv);
            }
            v.put("paragraphs", paragraphs);
            witnesses.add(v);
        }
        m.put("witnesses", witnesses);
        List<Object> units = new ArrayList<>();
        for (Unit u : w.units()) units.add(ordered("id", u.id(), "paragraphs", u.paragraphs()));
        m.put("units", units);
        List<Object> paratext = new ArrayList<>();
        for (Paratext p : w.paratext()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("source", p.source());
            v.put("lines", List.of(p.lines().first(), p.lines().last()));
            v.put("kind", p.kind());
            v.put("text", p.text());
            v.put("description", p.description());
            paratext.add(v);
        }
        m.put("paratext", paratext);
        List<Object> notes = new ArrayList<>();
        for (Note n : w.notes()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", n.id());
            v.put("type", n.type());
            v.put("witness", n.witness());
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("source", n.anchor().source());
            target.put("line", n.anchor().lines().first());
            target.put("lines", List.of(n.anchor().lines().first(), n.anchor().lines().last()));
            if (n.anchor().isQuote()) {
                target.put("quote", n.anchor().quote());
                target.put("start", n.anchor().start());
                target.put("end", n.anchor().end());
            }
            target.put("paragraph", n.anchor().paragraph());
            v.put("target", target);
            v.put("lang", n.lang());
            v.put("url", Links.notes(w.id()) + "#n-" + n.id());
            v.put("html", n.html().get(n.lang()));
            v.put("translations", n.html());
            v.put("lastChanged", history == null ? null : history.noteLastChanged(n));
            notes.add(v);
        }
        m.put("notes", notes);
        return m;
    }

    /** Jackson writes maps in iteration order; Map.of has none, so pairs go through this. */
    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
