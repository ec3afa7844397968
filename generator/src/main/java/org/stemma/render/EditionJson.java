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
    /** '\n' and the indentation of each level. */
    private static final byte[][] NEW_LINE = new byte[16][];

    static {
        byte[] hex = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};
        for (int c = 0; c < 0x20; c++) ESCAPES[c] = new byte[]{'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
        String shortForms = "\bb\tt\nn\ff\rr\"\"\\\\";
        for (int i = 0; i < shortForms.length(); i += 2) ESCAPES[shortForms.charAt(i)] = new byte[]{'\\', (byte) shortForms.charAt(i + 1)};
        for (int i = 0; i < NEW_LINE.length; i++) NEW_LINE[i] = ("\n" + "  ".repeat(i)).getBytes(StandardCharsets.US_ASCII);
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
        string("format", FORMAT);
        key("title");
        map(e.title());
        string("version", e.version());
        key("languages");
        strings(e.languages());
        key("sources");
        begin('[');
        for (Source s : e.sources()) {
            begin('{');
            string("file", s.file());
            string("sha256", s.sha256());
            number("lines", s.lineCount());
            number("bytes", s.size());
            string("url", Links.source(s.file()));
            string("raw", Links.rawSource(s.file()));
            end('}');
        }
        end(']');
        key("works");
        begin('[');
        for (Work w : e.works()) work(w);
        end(']');
        end('}');
    }

    private void work(Work w) throws IOException {
        begin('{');
        string("id", w.id());
        key("title");
        map(w.title());
        string("base", w.base());
        key("witnesses");
        begin('[');
        for (Witness x : w.witnesses()) witness(w, x);
        end(']');
        key("units");
        begin('[');
        for (Unit u : w.units()) {
            begin('{');
            string("id", u.id());
            key("paragraphs");
            strings(u.paragraphs());
            end('}');
        }
        end(']');
        key("paratext");
        begin('[');
        for (Paratext p : w.paratext()) {
            begin('{');
            string("source", p.source());
            key("lines");
            range(p.lines());
            string("kind", p.kind());
            string("text", p.text());
            string("description", p.description());
            end('}');
        }
        end(']');
        key("notes");
        begin('[');
        for (Note n : w.notes()) note(w, n);
        end(']');
        end('}');
    }

    private void witness(Work w, Witness x) throws IOException {
        String page = Links.witness(w.id(), x.id());
        begin('{');
        string("id", x.id());
        string("lang", x.lang());
        string("title", x.title());
        string("kind", x.kind());
        string("source", x.source());
        key("lines");
        begin('[');
        for (LineRange r : x.lines()) range(r);
        end(']');
        key("provenance");
        map(x.provenance());
        string("url", page);
        key("coverage");
        begin('{');
        number("units", x.coveredUnits());
        number("of", w.units().size());
        end('}');
        string("lastChanged", history == null ? null : history.witnessLastChanged(w.id(), x));
        key("paragraphs");
        begin('[');
        for (Paragraph p : x.paragraphs()) {
            begin('{');
            string("id", p.id());
            key("units");
            strings(p.units());
            number("line", p.lines().first());
            key("lines");
            range(p.lines());
            string("text", p.text());
            string("url", page + "#" + p.anchor());
            key("confidence");
            number(p.confidence());
            string("alignedBy", p.alignedBy());
            end('}');
        }
        end(']');
        end('}');
    }

    private void note(Work w, Note n) throws IOException {
        Anchor a = n.anchor();
        begin('{');
        string("id", n.id());
        string("type", n.type());
        string("witness", n.witness());
        key("target");
        begin('{');
        string("source", a.source());
        number("line", a.lines().first());
        key("lines");
        range(a.lines());
        if (a.isQuote()) {
            string("quote", a.quote());
            number("start", a.start());
            number("end", a.end());
        }
        string("paragraph", a.paragraph());
        end('}');
        string("lang", n.lang());
        string("url", Links.notes(w.id()) + "#n-" + n.id());
        string("html", n.html().get(n.lang()));
        key("translations");
        map(n.html());
        string("lastChanged", history == null ? null : history.noteLastChanged(n));
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

    /** A key of the format: known to need no escaping. */
    private void key(String name) throws IOException {
        entry();
        out.ascii('"');
        out.ascii(name);
        out.ascii("\" : ");
        afterKey = true;
    }

    private void beforeValue() throws IOException {
        if (afterKey) afterKey = false;
        else if (depth > 0) entry();
    }

    private void entry() throws IOException {
        if (!empty[depth]) out.ascii(',');
        empty[depth] = false;
        newLine(depth);
    }

    private void newLine(int level) throws IOException {
        out.bytes(NEW_LINE[level]);
    }

    private void string(String key, String value) throws IOException {
        key(key);
        string(value);
    }

    private void number(String key, long value) throws IOException {
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
