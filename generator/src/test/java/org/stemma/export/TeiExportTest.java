package org.stemma.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeiExportTest {
    private static final String TEI = TeiExport.NS;
    private static final String XML = XMLConstants.XML_NS_URI;

    private static Document parse() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        // Throws on anything not well-formed.
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(SeedSite.get().files().get(Exports.TEI)));
    }

    private static List<Element> all(Document d, String name) {
        NodeList list = d.getElementsByTagNameNS(TEI, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    @Test
    void teiIsWellFormedWithAHeaderListingWitnessesAndHashedSources() throws Exception {
        Document d = parse();
        assertEquals("TEI", d.getDocumentElement().getLocalName());
        assertEquals(TEI, d.getDocumentElement().getNamespaceURI());
        JsonNode json = SeedSite.editionJson();
        List<String> witnesses = all(d, "witness").stream().map(w -> w.getAttributeNS(XML, "id")).toList();
        List<String> expected = new ArrayList<>();
        json.get("works").get(0).get("witnesses").forEach(w -> expected.add("wit." + w.get("id").asText()));
        assertEquals(expected, witnesses);
        Map<String, String> hashes = new HashMap<>();
        for (Element bibl : all(d, "bibl")) {
            if (!bibl.hasAttributeNS(XML, "id")) continue;
            String file = null, sha = null;
            NodeList idnos = bibl.getElementsByTagNameNS(TEI, "idno");
            for (int i = 0; i < idnos.getLength(); i++) {
                Element idno = (Element) idnos.item(i);
                if (idno.getAttribute("type").equals("filename")) file = idno.getTextContent();
                if (idno.getAttribute("type").equals("sha256")) sha = idno.getTextContent();
            }
            hashes.put(file, sha);
        }
        for (JsonNode s : json.get("sources")) assertEquals(s.get("sha256").asText(), hashes.get(s.get("file").asText()));
        assertEquals(json.get("sources").size(), hashes.size());
        assertEquals(1, all(d, "teiHeader").size());
        assertTrue(!all(d, "div").stream().filter(e -> e.getAttribute("type").equals("paratext")).toList().isEmpty());
    }

    @Test
    void everyParagraphUnitAndNoteOfEditionJsonRoundTrips() throws Exception {
        Document d = parse();
        JsonNode work = SeedSite.editionJson().get("works").get(0);
        Map<String, Element> byId = new HashMap<>();
        for (Element p : all(d, "p")) if (p.hasAttributeNS(XML, "id")) byId.put(p.getAttributeNS(XML, "id"), p);
        int count = 0;
        for (JsonNode w : work.get("witnesses")) {
            for (JsonNode p : w.get("paragraphs")) {
                Element e = byId.get(p.get("id").asText());
                assertNotNull(e, p.get("id").asText());
                assertEquals(p.get("text").asText(), e.getTextContent());
                assertEquals(w.get("lang").asText(), e.getAttributeNS(XML, "lang"));
                assertEquals("text." + w.get("id").asText(), ((Element) e.getParentNode().getParentNode()).getAttributeNS(XML, "id"));
                count++;
            }
        }
        assertEquals(count, byId.size(), "no paragraphs beyond edition.json's");

        Element grp = all(d, "linkGrp").get(0);
        assertEquals("alignment", grp.getAttribute("type"));
        List<String> units = new ArrayList<>();
        NodeList links = grp.getChildNodes();
        for (int i = 0; i < links.getLength(); i++) {
            if (links.item(i) instanceof Element e) units.add(e.getAttribute("n") + " " + e.getAttribute("target"));
        }
        List<String> expectedUnits = new ArrayList<>();
        for (JsonNode u : work.get("units")) {
            List<String> targets = new ArrayList<>();
            u.get("paragraphs").forEach(p -> targets.add("#" + p.asText()));
            expectedUnits.add(u.get("id").asText() + " " + String.join(" ", targets));
            targets.forEach(t -> assertTrue(byId.containsKey(t.substring(1)), "link target " + t + " exists"));
        }
        assertEquals(expectedUnits, units);

        Map<String, Element> notes = new HashMap<>();
        for (Element n : all(d, "note")) if (n.hasAttributeNS(XML, "id")) notes.put(n.getAttributeNS(XML, "id"), n);
        assertEquals(work.get("notes").size(), notes.size());
        for (JsonNode n : work.get("notes")) {
            Element e = notes.get("note." + n.get("id").asText());
            assertNotNull(e, n.get("id").asText());
            assertEquals(n.get("type").asText(), e.getAttribute("type"));
            JsonNode para = n.get("target").get("paragraph");
            String target = para == null || para.isNull() ? "#src." + n.get("target").get("source").asText() : "#" + para.asText();
            assertEquals(target, e.getAttribute("target"));
            if (n.get("target").hasNonNull("quote")) {
                assertEquals(n.get("target").get("quote").asText(), e.getElementsByTagNameNS(TEI, "quote").item(0).getTextContent());
            }
        }
    }

    @Test
    void xmlSpecialCharactersInTextAreEscapedNotInjected() throws Exception {
        // The seed has quotes and ampersand-free text; the writer must still survive markup-like input.
        var e = SeedSite.get().edition();
        var w = e.works().get(0);
        var first = w.witnesses().get(0);
        var p = first.paragraphs().get(0).withUnits(List.of("1"), 1, "editors");
        var hostile = new org.stemma.model.Paragraph(p.id(), p.witness(), p.number(), p.lines(), "<b>&amp; \"x\" ]]></b>", p.units(), 1, "editors");
        List<org.stemma.model.Paragraph> ps = new ArrayList<>(first.paragraphs());
        ps.set(0, hostile);
        var w2 = new org.stemma.model.Witness(first.id(), first.lang(), first.title(), first.kind(), first.source(), first.lines(),
                first.paragraphRule(), first.provenance(), ps);
        List<org.stemma.model.Witness> ws = new ArrayList<>(w.witnesses());
        ws.set(0, w2);
        var work = new org.stemma.model.Work(w.id(), w.title(), w.base(), ws, w.units(), w.paratext(), w.notes());
        var edition = new org.stemma.model.Edition(e.title(), e.defaultLanguage(), e.languages(), e.version(), e.baseUrl(), e.site(), e.sources(), List.of(work), e.history());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        java.io.ByteArrayOutputStream tei = new java.io.ByteArrayOutputStream();
        TeiExport.write(edition, tei);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(tei.toByteArray()));
        Element para = null;
        for (Element x : all(d, "p")) if (x.getAttributeNS(XML, "id").equals(p.id())) para = x;
        assertNotNull(para);
        assertEquals("<b>&amp; \"x\" ]]></b>", para.getTextContent());
        assertEquals(0, para.getElementsByTagName("b").getLength());
    }

    private static byte[] tei(org.stemma.model.Edition edition) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        TeiExport.write(edition, out);
        return out.toByteArray();
    }

    @Test
    void hostileTextInTextsTitlesAndProvenanceParsesBackUnchanged() throws Exception {
        // An attribute's tabs and newlines come back as spaces from any parser (attribute-value normalisation).
        String key = HostileEdition.MARKUP.replace('\t', ' ');
        byte[] tei = tei(HostileEdition.with(HostileEdition.MARKUP, HostileEdition.MARKUP, key, HostileEdition.MARKUP + " value"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(tei));
        String pid = HostileEdition.firstParagraphId();
        Element para = all(d, "p").stream().filter(x -> x.getAttributeNS(XML, "id").equals(pid)).findFirst().orElseThrow();
        assertEquals(HostileEdition.MARKUP, para.getTextContent());
        assertEquals(0, para.getElementsByTagName("b").getLength());
        Element witness = all(d, "witness").get(0);
        assertEquals(HostileEdition.MARKUP, ((Element) witness.getElementsByTagNameNS(TEI, "title").item(0)).getTextContent());
        Element note = all(d, "note").stream().filter(x -> x.getAttribute("type").equals(key)).findFirst().orElseThrow();
        assertEquals(HostileEdition.MARKUP + " value", note.getTextContent());
    }

    /**
     * The TEI was written with the JDK's StAX writer; the hand-written one must give the same bytes for
     * any text: escapes in text and attributes, every UTF-8 length, surrogate pairs and lone halves
     * ('?'); control characters XML 1.0 forbids, which StAX wrote as they are (an unreadable file),
     * become U+FFFD.
     */
    @Test
    void textAndAttributesAreEscapedByteForByteAsTheJdkStaxWriterEscapesThem() throws Exception {
        String alphabet = "a <>&\"'\t\n\r]\u0001\u0000\u007f\u0085\u00e9\u2028\u4e2d\uffff\uD83D\uDE00\uD800\uDC00";
        java.util.Random random = new java.util.Random(11);
        String pid = HostileEdition.firstParagraphId();
        for (int i = 0; i < 300; i++) {
            String text = RandomText.of(random, alphabet, 40);
            String key = RandomText.of(random, alphabet, 40);
            String tei = new String(tei(HostileEdition.with(text, "t", key, "marker-value")), java.nio.charset.StandardCharsets.ISO_8859_1);
            int p = tei.indexOf('>', tei.indexOf("xml:id=\"" + pid + "\"")) + 1;
            int n = tei.indexOf("\">marker-value</note>");
            String where = "for " + text.chars().mapToObj(Integer::toHexString).toList()
                    + " / " + key.chars().mapToObj(Integer::toHexString).toList();
            assertEquals(stax(xmlChars(text), false), tei.substring(p, tei.indexOf("</p>", p)), where);
            assertEquals(stax(xmlChars(key), true), tei.substring(tei.lastIndexOf("<note type=\"", n) + "<note type=\"".length(), n), where);
        }
    }

    private static String xmlChars(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "\uFFFD");
    }

    @Test
    void controlCharactersInTheTextStillGiveWellFormedXml() throws Exception {
        String text = "bell\u0007 nul\u0000 escape\u001B tab\t end";
        byte[] tei = tei(HostileEdition.with(text, "t", "key\u0001", "value\u0002"));
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(tei));
        String pid = HostileEdition.firstParagraphId();
        Element para = all(d, "p").stream().filter(x -> x.getAttributeNS(XML, "id").equals(pid)).findFirst().orElseThrow();
        assertEquals("bell\uFFFD nul\uFFFD escape\uFFFD tab\t end", para.getTextContent());
    }

    private static final javax.xml.stream.XMLOutputFactory STAX = javax.xml.stream.XMLOutputFactory.newFactory();

    /** What StAX, set up as the TEI writer was, wrote for {@code s} as element text or as an attribute value (bytes as Latin-1 chars). */
    private static String stax(String s, boolean attribute) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.Writer chars = new java.io.BufferedWriter(new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8));
        javax.xml.stream.XMLStreamWriter x = STAX.createXMLStreamWriter(chars);
        x.writeStartElement("e");
        if (attribute) x.writeAttribute("a", s);
        else x.writeCharacters(s);
        x.writeEndElement();
        x.close();
        chars.flush();
        String out = bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        return attribute ? out.substring("<e a=\"".length(), out.length() - "\"></e>".length())
                : out.substring("<e>".length(), out.length() - "</e>".length());
    }
}
