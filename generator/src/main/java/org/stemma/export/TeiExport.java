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

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The edition as TEI P5: header with witnesses and sources (with SHA-256), one text per witness
 * with a {@code <p xml:id>} per paragraph, paratext, notes, and the alignment as a linkGrp in
 * standOff. Ids are the edition's paragraph ids ({@code en.1}); with several works they are
 * prefixed by the work id so they stay unique.
 */
public final class TeiExport {
    static final String NS = "http://www.tei-c.org/ns/1.0";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final Edition edition;
    private final XMLStreamWriter x;
    private int depth;

    private TeiExport(Edition edition, XMLStreamWriter x) {
        this.edition = edition;
        this.x = x;
    }

    /**
     * Streams the document. The JDK's writer encodes character by character when given a byte
     * stream; given a buffered character stream it is several times faster.
     */
    public static void write(Edition edition, java.io.OutputStream out) throws java.io.IOException {
        java.io.Writer chars = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(chars);
            new TeiExport(edition, x).document();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        chars.flush();
    }

    /** The xml:id of a paragraph, witness, unit or note: the edition's id, prefixed when ids could clash. */
    public static String id(Edition edition, Work work, String local) {
        String id = edition.works().size() > 1 ? work.id() + "." + local : local;
        // xml:id must be an NCName: it may not start with a digit, '-' or '.'.
        return id.matches("^[\\p{L}_].*") ? id : "_" + id;
    }

    public static String sourceId(String file) {
        return "src." + file;
    }

    private void document() throws XMLStreamException {
        x.writeStartDocument("UTF-8", "1.0");
        x.setDefaultNamespace(NS);
        open("TEI");
        x.writeDefaultNamespace(NS);
        x.writeAttribute("xml", XML_NS, "lang", edition.defaultLanguage());
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
        x.writeEndDocument();
        x.writeCharacters("\n");
    }

    private void header() throws XMLStreamException {
        open("teiHeader");
        open("fileDesc");
        open("titleStmt");
        for (Map.Entry<String, String> t : edition.title().entrySet()) {
            element("title", t.getValue(), "xml:lang", t.getKey());
        }
        close();
        if (edition.version() != null) {
            open("editionStmt");
            open("edition");
            x.writeAttribute("n", edition.version());
            x.writeCharacters(edition.version());
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
                open("witness");
                x.writeAttribute("xml", XML_NS, "id", id(edition, work, "wit." + w.id()));
                x.writeAttribute("n", w.id());
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
            open("bibl");
            x.writeAttribute("xml", XML_NS, "id", sourceId(s.file()));
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

    private void standOff() throws XMLStreamException {
        open("standOff");
        for (Work work : edition.works()) {
            open("linkGrp");
            x.writeAttribute("type", "alignment");
            x.writeAttribute("n", work.id());
            for (Unit u : work.units()) {
                String targets = u.paragraphs().stream().map(p -> "#" + id(edition, work, p)).collect(Collectors.joining(" "));
                // <link> needs two ends; a unit only the base has is a pointer.
                element(u.paragraphs().size() > 1 ? "link" : "ptr", null, "n", u.id(), "target", targets);
            }
            close();
        }
        close();
    }

    private void witnessText(Work work, Witness w) throws XMLStreamException {
        open("text");
        x.writeAttribute("xml", XML_NS, "id", id(edition, work, "text." + w.id()));
        x.writeAttribute("xml", XML_NS, "lang", w.lang());
        x.writeAttribute("n", w.id());
        x.writeAttribute("corresp", "#" + id(edition, work, "wit." + w.id()));
        open("body");
        for (Paragraph p : w.paragraphs()) {
            element("p", p.text(), "xml:id", id(edition, work, p.id()), "n", Integer.toString(p.number()),
                    "xml:lang", w.lang(), "source", "#" + sourceId(w.source()));
        }
        close();
        close();
    }

    private void paratext(Work work) throws XMLStreamException {
        if (work.paratext().isEmpty()) return;
        open("text");
        x.writeAttribute("type", "paratext");
        x.writeAttribute("n", work.id());
        open("body");
        for (Paratext p : work.paratext()) {
            open("div");
            x.writeAttribute("type", "paratext");
            x.writeAttribute("subtype", p.kind());
            x.writeAttribute("source", "#" + sourceId(p.source()));
            x.writeAttribute("n", p.lines().toString());
            if (p.description() != null && !p.description().isBlank()) element("head", p.description());
            element("p", p.text());
            close();
        }
        close();
        close();
    }

    private void notes(Work work) throws XMLStreamException {
        open("div");
        x.writeAttribute("type", "notes");
        x.writeAttribute("n", work.id());
        for (Note n : work.notes()) {
            open("note");
            x.writeAttribute("xml", XML_NS, "id", id(edition, work, "note." + n.id()));
            x.writeAttribute("type", n.type());
            String target = n.anchor().paragraph() != null
                    ? "#" + id(edition, work, n.anchor().paragraph()) : "#" + sourceId(n.anchor().source());
            x.writeAttribute("target", target);
            x.writeAttribute("n", n.id());
            x.writeAttribute("xml", XML_NS, "lang", n.lang());
            if (n.anchor().isQuote()) element("quote", n.anchor().quote());
            element("p", HtmlText.of(n.htmlFor(n.lang())));
            close();
        }
        close();
    }

    /** An element with text (or empty when text is null) and attribute name/value pairs; "xml:" names go to the XML namespace. */
    private void element(String name, String text, String... attrs) throws XMLStreamException {
        indent();
        if (text == null) x.writeEmptyElement(NS, name);
        else x.writeStartElement(NS, name);
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i].startsWith("xml:")) x.writeAttribute("xml", XML_NS, attrs[i].substring(4), attrs[i + 1]);
            else x.writeAttribute(attrs[i], attrs[i + 1]);
        }
        if (text != null) {
            x.writeCharacters(text);
            x.writeEndElement();
        }
    }

    private void open(String name) throws XMLStreamException {
        indent();
        x.writeStartElement(NS, name);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        indent();
        x.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        nl();
        x.writeCharacters("  ".repeat(depth));
    }

    private void nl() throws XMLStreamException {
        x.writeCharacters("\n");
    }
}
