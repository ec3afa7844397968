package org.stemma.export;

import org.stemma.model.Edition;
import org.stemma.model.Note;
import org.stemma.model.Paragraph;
import org.stemma.model.Paratext;
import org.stemma.model.Source;
import org.stemma.model.Unit;
import org.stemma.model.Witness;
import org.stemma.model.Work;
import org.stemma.render.Links;
import org.stemma.render.internal.Utf8Output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The edition as TEI P5: header with witnesses and sources (with SHA-256), one text per witness
 * with a {@code <p xml:id>} per paragraph, paratext, notes, and the alignment as a linkGrp in
 * standOff. Ids are the edition's paragraph ids ({@code en.1}); with several works they are
 * prefixed by the work id so they stay unique.
 *
 * <p>Written by hand rather than through StAX, in the bytes the JDK's StAX writer gave: text escapes
 * {@code & < >}, attribute values {@code & < > "}; a lone surrogate becomes '?'. Unlike StAX, the
 * control characters XML 1.0 forbids (U+0000-U+001F but tab, line feed, carriage return) become
 * U+FFFD: sources are only checked to be UTF-8, and one such character made the whole file
 * unreadable to every XML parser.
 */
public final class TeiExport {
    static final String NS = "http://www.tei-c.org/ns/1.0";
    private static final byte[][] TEXT = new byte[128][];
    private static final byte[][] ATTRIBUTE = new byte[128][];
    /** '\n' and the indentation of each level. */
    private static final byte[][] NEW_LINE = new byte[16][];

    static {
        for (byte[][] t : List.of(TEXT, ATTRIBUTE)) {
            t['&'] = "&amp;".getBytes(StandardCharsets.US_ASCII);
            t['<'] = "&lt;".getBytes(StandardCharsets.US_ASCII);
            t['>'] = "&gt;".getBytes(StandardCharsets.US_ASCII);
        }
        ATTRIBUTE['"'] = "&quot;".getBytes(StandardCharsets.US_ASCII);
        byte[] replacement = "\uFFFD".getBytes(StandardCharsets.UTF_8);
        for (char c = 0; c < 0x20; c++) {
            if (c == '\t' || c == '\n' || c == '\r') continue;
            TEXT[c] = replacement;
            ATTRIBUTE[c] = replacement;
        }
        for (int i = 0; i < NEW_LINE.length; i++) NEW_LINE[i] = ("\n" + "  ".repeat(i)).getBytes(StandardCharsets.US_ASCII);
    }

    private final Edition edition;
    private final Utf8Output x;
    /** The names of the open elements, outermost first. */
    private final String[] open = new String[NEW_LINE.length];
    private int depth;

    private TeiExport(Edition edition, Utf8Output x) {
        this.edition = edition;
        this.x = x;
    }

    /** Streams the document. */
    public static void write(Edition edition, OutputStream out) throws IOException {
        Utf8Output x = new Utf8Output(out);
        new TeiExport(edition, x).document();
        x.flush();
    }

    /** The xml:id of a paragraph, witness, unit or note: the edition's id, prefixed when ids could clash. */
    public static String id(Edition edition, Work work, String local) {
        String id = edition.works().size() > 1 ? work.id() + "." + local : local;
        // xml:id must be an NCName: it may not start with a digit, '-' or '.'.
        return isNcNameStart(id) ? id : "_" + id;
    }

    public static String sourceId(String file) {
        return "src." + file;
    }

    /** As the pattern {@code ^[\p{L}_].*} matched it: a letter or '_' first, no line terminator after. */
    private static boolean isNcNameStart(String id) {
        if (id.isEmpty()) return false;
        int first = id.codePointAt(0);
        if (!Character.isLetter(first) && first != '_') return false;
        for (int i = Character.charCount(first); i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return false;
        }
        return true;
    }

    private void document() throws IOException {
        x.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        open("TEI", "xmlns", NS, "xml:lang", edition.defaultLanguage());
        header();
        standOff();
        open("text");
        open("group");
        for (Work work : edition.works()) {
            for (Witness w : work.witnesses()) witnessText(work, w);
            paratext(work);
        }
        close();
        open("back");
        for (Work work : edition.works()) notes(work);
        close();
        close();
        close();
        x.ascii('\n');
    }

    private void header() throws IOException {
        open("teiHeader");
        open("fileDesc");
        open("titleStmt");
        for (Map.Entry<String, String> t : edition.title().entrySet()) {
            element("title", t.getValue(), "xml:lang", t.getKey());
        }
        close();
        if (edition.version() != null) {
            open("editionStmt");
            open("edition", "n", edition.version());
            x.text(edition.version(), TEXT, false);
            close();
            close();
        }
        open("publicationStmt");
        element("p", "Published with Stemma as a static website; this file is generated from the same model as edition.json.");
        close();
        open("sourceDesc");
        open("listWit");
        for (Work work : edition.works()) {
            for (Witness w : work.witnesses()) {
                open("witness", "xml:id", id(edition, work, "wit." + w.id()), "n", w.id());
                open("bibl");
                element("title", w.title(), "xml:lang", w.lang());
                element("idno", w.source(), "type", "source");
                element("ref", w.source(), "target", "#" + sourceId(w.source()));
                for (Map.Entry<String, String> p : w.provenance().entrySet()) {
                    element("note", p.getValue(), "type", p.getKey());
                }
                element("note", w.kind(), "type", "kind");
                close();
                close();
            }
        }
        close();
        open("listBibl");
        for (Source s : edition.sources()) {
            open("bibl", "xml:id", sourceId(s.file()));
            element("idno", s.file(), "type", "filename");
            element("idno", s.sha256(), "type", "sha256");
            element("extent", s.lineCount() + " lines, " + s.size() + " bytes");
            element("ptr", null, "target", Links.rawSource(s.file()));
            close();
        }
        close();
        close();
        close();
        close();
    }

    private void standOff() throws IOException {
        open("standOff");
        for (Work work : edition.works()) {
            open("linkGrp", "type", "alignment", "n", work.id());
            StringBuilder targets = new StringBuilder();
            for (Unit u : work.units()) {
                targets.setLength(0);
                for (String p : u.paragraphs()) {
                    if (targets.length() > 0) targets.append(' ');
                    targets.append('#').append(id(edition, work, p));
                }
                // <link> needs two ends; a unit only the base has is a pointer.
                element(u.paragraphs().size() > 1 ? "link" : "ptr", null, "n", u.id(), "target", targets.toString());
            }
            close();
        }
        close();
    }

    private void witnessText(Work work, Witness w) throws IOException {
        open("text", "xml:id", id(edition, work, "text." + w.id()), "xml:lang", w.lang(), "n", w.id(),
                "corresp", "#" + id(edition, work, "wit." + w.id()));
        open("body");
        String source = "#" + sourceId(w.source());
        for (Paragraph p : w.paragraphs()) {
            element("p", p.text(), "xml:id", id(edition, work, p.id()), "n", Integer.toString(p.number()),
                    "xml:lang", w.lang(), "source", source);
        }
        close();
        close();
    }

    private void paratext(Work work) throws IOException {
        if (work.paratext().isEmpty()) return;
        open("text", "type", "paratext", "n", work.id());
        open("body");
        for (Paratext p : work.paratext()) {
            open("div", "type", "paratext", "subtype", p.kind(), "source", "#" + sourceId(p.source()), "n", p.lines().toString());
            if (p.description() != null && !p.description().isBlank()) element("head", p.description());
            element("p", p.text());
            close();
        }
        close();
        close();
    }

    private void notes(Work work) throws IOException {
        open("div", "type", "notes", "n", work.id());
        for (Note n : work.notes()) {
            String target = n.anchor().paragraph() != null
                    ? "#" + id(edition, work, n.anchor().paragraph()) : "#" + sourceId(n.anchor().source());
            open("note", "xml:id", id(edition, work, "note." + n.id()), "type", n.type(), "target", target, "n", n.id(),
                    "xml:lang", n.lang());
            if (n.anchor().isQuote()) element("quote", n.anchor().quote());
            element("p", HtmlText.of(n.htmlFor(n.lang())));
            close();
        }
        close();
    }

    /** An element on its own line with attribute name/value pairs, and text, or empty when text is null. */
    private void element(String name, String text, String... attrs) throws IOException {
        indent();
        startTag(name, attrs);
        if (text == null) {
            x.ascii("/>");
        } else {
            x.ascii('>');
            x.text(text, TEXT, false);
            x.ascii("</");
            x.ascii(name);
            x.ascii('>');
        }
    }

    private void open(String name, String... attrs) throws IOException {
        indent();
        startTag(name, attrs);
        x.ascii('>');
        open[depth++] = name;
    }

    private void close() throws IOException {
        depth--;
        indent();
        x.ascii("</");
        x.ascii(open[depth]);
        x.ascii('>');
    }

    private void startTag(String name, String[] attrs) throws IOException {
        x.ascii('<');
        x.ascii(name);
        for (int i = 0; i < attrs.length; i += 2) {
            x.ascii(' ');
            x.ascii(attrs[i]);
            x.ascii("=\"");
            x.text(attrs[i + 1], ATTRIBUTE, false);
            x.ascii('"');
        }
    }

    private void indent() throws IOException {
        x.bytes(NEW_LINE[depth]);
    }
}
