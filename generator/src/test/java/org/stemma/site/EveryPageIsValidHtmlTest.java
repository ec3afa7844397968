package org.stemma.site;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page of the seed site passes the Nu Html Checker (the W3C validator), run in the JVM without network. */
class EveryPageIsValidHtmlTest {
    static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    /** Collects errors as `file:line:col: message`; the checker's warnings are advice, not failures. */
    static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        Path site;
        Path page;

        private void add(String kind, SAXParseException e) {
            errors.add(site.relativize(page) + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": " + kind + ": " + e.getMessage());
        }

        final List<String> warnings = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            warnings.add(site.relativize(page) + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void error(SAXParseException e) {
            add("error", e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add("fatal", e);
        }
    }

    static SimpleDocumentValidator validator(Collector c) throws Exception {
        SimpleDocumentValidator v = new SimpleDocumentValidator(true, false, false);
        v.setUpMainSchema(SCHEMA, c);
        v.setUpValidatorAndParsers(c, false, false);
        return v;
    }

    @Test
    void theCheckerReportsAnInvalidPage() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("stemma-invalid-");
        Path bad = java.nio.file.Files.writeString(dir.resolve("bad.html"),
                "<!DOCTYPE html><html lang=en><title>x</title><p><div id=a></div><span id=a></span>\n");
        Collector c = new Collector();
        c.site = dir;
        c.page = bad;
        validator(c).checkHtmlFile(bad.toFile(), true);
        assertTrue(c.errors.stream().anyMatch(e -> e.startsWith("bad.html:1:") && e.contains("Duplicate ID")), c.errors.toString());
    }

    @Test
    void theNuHtmlCheckerFindsNoErrorOnAnyPage() throws Exception {
        assertAllValid(SiteFixture.buildSeed());
    }

    @Test
    void anEditionOfSeveralWorksGivesValidPages() throws Exception {
        assertAllValid(ManyWorksTest.buildSite());
    }

    @Test
    void markupAndTemplateSyntaxInContentStillGiveValidPages() throws Exception {
        assertAllValid(HostileCorpusTest.hostileSite());
    }

    /**
     * A scraped source may hold control characters (a bell, a stray escape, cp1252 bytes decoded as C1
     * controls). The source stays byte for byte; the pages show each one as a visible symbol, because
     * HTML forbids them in a document and browsers show nothing where they stand.
     */
    @Test
    void controlCharactersInASourceShowAsSymbolsOnValidPages() throws Exception {
        Path content = SiteFixture.copyOfSeed();
        Path src = content.resolve("sources/001_5984fa42ba6fd64b.txt");
        String text = java.nio.file.Files.readString(src);
        String hostile = "This was stunning\u0007 for a number\u0001\u001B of\u007F causes\u0090:";
        java.nio.file.Files.writeString(src, text.replace("This was stunning for a number of causes:", hostile));
        org.stemma.check.EditionCopy.recordHashes(content);
        Path site = SiteFixture.build(content);
        assertAllValid(site);
        String reading = java.nio.file.Files.readString(site.resolve("statement/en-spun/index.html"));
        assertTrue(reading.contains("This was stunning\u2407 for a number\u2401\u241B of\u2421 causes\uFFFD:"), "symbols shown in the reading page");
        String sourcePage = java.nio.file.Files.readString(site.resolve("sources/001_5984fa42ba6fd64b.txt.html"));
        assertTrue(sourcePage.contains("stunning\u2407 for"), "and in the source's page");
        assertTrue(java.util.Arrays.equals(java.nio.file.Files.readAllBytes(src),
                java.nio.file.Files.readAllBytes(site.resolve("sources/raw/001_5984fa42ba6fd64b.txt"))), "the verbatim copy keeps them");
    }

    static void assertAllValid(Path site) throws Exception {
        List<Path> pages = SiteFixture.htmlPages(site);
        assertTrue(pages.size() >= 7, "seed site has its pages: " + pages);
        Collector c = new Collector();
        c.site = site;
        SimpleDocumentValidator v = validator(c);
        for (Path p : pages) {
            c.page = p;
            v.checkHtmlFile(p.toFile(), true);
        }
        System.out.println("validator warnings: " + c.warnings.size() + "\n" + String.join("\n", c.warnings));
        assertTrue(c.errors.isEmpty(), c.errors.size() + " validator error(s) in " + pages.size() + " pages:\n"
                + String.join("\n", c.errors));
    }
}
