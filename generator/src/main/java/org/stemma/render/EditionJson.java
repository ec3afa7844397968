package org.stemma.render;

import org.stemma.model.Anchor;
import org.stemma.model.ContentHistory;
import org.stemma.model.Edition;
import org.stemma.model.LineRange;
import org.stemma.model.Note;
import org.stemma.model.Paragraph;
import org.stemma.model.Paratext;
import org.stemma.model.Source;
import org.stemma.model.Unit;
import org.stemma.model.Witness;
import org.stemma.model.Work;
import org.stemma.render.internal.Utf8Output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code edition.json}, format {@code stemma-edition/1} (see shared/edition-json.md): stable
 * order, '\n' line ends. Written straight from the model, in the layout Jackson's default pretty
 * printer gives (two-space indent, {@code "key" : value}, {@code [ ]} when empty) and with its
 * escaping (control chars, '"' and '\\'; surrogates as {@code \\uXXXX}; other chars as UTF-8), which
 * the file had when Jackson wrote it: at ten thousand witnesses it is 200 MB, and building maps for
 * Jackson to walk took most of the time.
 */
public final class EditionJson {
    public static final String FORMAT = "stemma-edition/1";
    private static final byte[][] ESCAPES = new byte[128][];
    /** '\n' and the indentation of each level; the same after a comma. */
    private static final byte[][] NEW_LINE = new byte[16][];
    private static final byte[][] COMMA_NEW_LINE = new byte[16][];

    static {
        byte[] hex = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};
        for (int c = 0; c < 0x20; c++) ESCAPES[c] = new byte[]{'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
        String shortForms = "\bb\tt\nn\ff\rr\"\"\\\\";
        for (int i = 0; i < shortForms.length(); i += 2) ESCAPES[shortForms.charAt(i)] = new byte[]{'\\', (byte) shortForms.charAt(i + 1)};
        for (int i = 0; i < NEW_LINE.length; i++) {
            NEW_LINE[i] = ("\n" + "  ".repeat(i)).getBytes(StandardCharsets.US_ASCII);
            COMMA_NEW_LINE[i] = ("," + "\n" + "  ".repeat(i)).getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** The format's keys, named as they are written; each holds what is written for it, {@code "key" : }. */
    private enum K {
        alignedBy, base, bytes, confidence, coverage, description, end, file, format, html, id, kind, lang, languages,
        lastChanged, line, lines, notes, of, paragraph, paragraphs, paratext, provenance, quote, raw, sha256, source,
        sources, start, target, text, title, translations, type, units, url, version, witness, witnesses, works;

        final byte[] written = ('"' + name() + "\" : ").getBytes(StandardCharsets.US_ASCII);
    }

    private final Utf8Output out;
    private final ContentHistory history;
    /** Per open object or array: whether it has no entry yet. */
    private final boolean[] empty = new boolean[NEW_LINE.length];
    private int depth;
    /** A key was just written: the next value follows it on the same line. */
    private boolean afterKey;

    private EditionJson(OutputStream out, ContentHistory history) {
        this.out = new Utf8Output(out);
        this.history = history;
    }

    /** Streams the file. */
    public static void write(Edition e, OutputStream out) throws IOException {
        EditionJson j = new EditionJson(out, e.history());
        j.edition(e);
        j.out.ascii('\n');
        j.out.flush();
    }

    private void edition(Edition e) throws IOException {
        begin('{');
        string(K.format, FORMAT);
        key(K.title);
        map(e.title());
        string(K.version, e.version());
        key(K.languages);
        strings(e.languages());
        key(K.sources);
        begin('[');
        for (Source s : e.sources()) {
            begin('{');
            string(K.file, s.file());
            string(K.sha256, s.sha256());
            number(K.lines, s.lineCount());
            number(K.bytes, s.size());
            string(K.url, Links.source(s.file()));
            string(K.raw, Links.rawSource(s.file()));
            end('}');
        }
        end(']');
        key(K.works);
        begin('[');
        for (Work w : e.works()) work(w);
        end(']');
        end('}');
    }

    private void work(Work w) throws IOException {
        begin('{');
        string(K.id, w.id());
        key(K.title);
        map(w.title());
        string(K.base, w.base());
        key(K.witnesses);
        begin('[');
        for (Witness x : w.witnesses()) witness(w, x);
        end(']');
        key(K.units);
        begin('[');
        for (Unit u : w.units()) {
            begin('{');
            string(K.id, u.id());
            key(K.paragraphs);
            strings(u.paragraphs());
            end('}');
        }
        end(']');
        key(K.paratext);
        begin('[');
        for (Paratext p : w.paratext()) {
            begin('{');
            string(K.source, p.source());
            key(K.lines);
            range(p.lines());
            string(K.kind, p.kind());
            string(K.text, p.text());
            string(K.description, p.description());
            end('}');
        }
        end(']');
        key(K.notes);
        begin('[');
        for (Note n : w.notes()) note(w, n);
        end(']');
        end('}');
    }

    private void witness(Work w, Witness x) throws IOException {
        String page = Links.witness(w.id(), x.id());
        begin('{');
        string(K.id, x.id());
        string(K.lang, x.lang());
        string(K.title, x.title());
        string(K.kind, x.kind());
        string(K.source, x.source());
        key(K.lines);
        begin('[');
        for (LineRange r : x.lines()) range(r);
        end(']');
        key(K.provenance);
        map(x.provenance());
        string(K.url, page);
        key(K.coverage);
        begin('{');
        number(K.units, x.coveredUnits());
        number(K.of, w.units().size());
        end('}');
        string(K.lastChanged, history == null ? null : history.witnessLastChanged(w.id(), x));
        key(K.paragraphs);
        begin('[');
        for (Paragraph p : x.paragraphs()) {
            begin('{');
            string(K.id, p.id());
            key(K.units);
            strings(p.units());
            number(K.line, p.lines().first());
            key(K.lines);
            range(p.lines());
            string(K.text, p.text());
            string(K.url, page + "#" + p.anchor());
            key(K.confidence);
            number(p.confidence());
            string(K.alignedBy, p.alignedBy());
            end('}');
        }
        end(']');
        end('}');
    }

    private void note(Work w, Note n) throws IOException {
        Anchor a = n.anchor();
        begin('{');
        string(K.id, n.id());
        string(K.type, n.type());
        string(K.witness, n.witness());
        key(K.target);
        begin('{');
        string(K.source, a.source());
        number(K.line, a.lines().first());
        key(K.lines);
        range(a.lines());
        if (a.isQuote()) {
            string(K.quote, a.quote());
            number(K.start, a.start());
            number(K.end, a.end());
        }
        string(K.paragraph, a.paragraph());
        end('}');
        string(K.lang, n.lang());
        string(K.url, Links.notes(w.id()) + "#n-" + n.id());
        string(K.html, n.html().get(n.lang()));
        key(K.translations);
        map(n.html());
        string(K.lastChanged, history == null ? null : history.noteLastChanged(n));
        end('}');
    }

    // The pretty printer: an entry starts on its own line, indented two spaces per level.

    private void begin(char bracket) throws IOException {
        beforeValue();
        out.ascii(bracket);
        empty[++depth] = true;
    }

    private void end(char bracket) throws IOException {
        if (empty[depth]) {
            out.ascii(' ');
        } else {
            newLine(depth - 1);
        }
        depth--;
        out.ascii(bracket);
    }

    private void key(K key) throws IOException {
        entry();
        out.bytes(key.written);
        afterKey = true;
    }

    private void beforeValue() throws IOException {
        if (afterKey) afterKey = false;
        else if (depth > 0) entry();
    }

    private void entry() throws IOException {
        out.bytes(empty[depth] ? NEW_LINE[depth] : COMMA_NEW_LINE[depth]);
        empty[depth] = false;
    }

    private void newLine(int level) throws IOException {
        out.bytes(NEW_LINE[level]);
    }

    private void string(K key, String value) throws IOException {
        key(key);
        string(value);
    }

    private void number(K key, long value) throws IOException {
        key(key);
        beforeValue();
        out.number(value);
    }

    private void string(String value) throws IOException {
        beforeValue();
        if (value == null) out.ascii("null");
        else quoted(value);
    }

    private void quoted(String s) throws IOException {
        out.ascii('"');
        out.text(s, ESCAPES, true);
        out.ascii('"');
    }

    /** As Jackson writes a double: Double.toString, quoted when not a number (NaN, infinities). */
    private void number(double value) throws IOException {
        if (!Double.isFinite(value)) {
            string(Double.toString(value));
            return;
        }
        beforeValue();
        out.ascii(Double.toString(value));
    }

    private void strings(List<String> values) throws IOException {
        begin('[');
        for (String v : values) string(v);
        end(']');
    }

    private void range(LineRange r) throws IOException {
        begin('[');
        beforeValue();
        out.number(r.first());
        beforeValue();
        out.number(r.last());
        end(']');
    }

    /** Languages to titles, provenance: keys from the editors, so escaped. */
    private void map(Map<String, String> values) throws IOException {
        begin('{');
        for (Map.Entry<String, String> e : values.entrySet()) {
            entry();
            quoted(e.getKey());
            out.ascii(" : ");
            afterKey = true;
            string(e.getValue());
        }
        end('}');
    }
}
