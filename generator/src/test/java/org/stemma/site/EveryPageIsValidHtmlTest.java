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
    void markupAndTemplateSyntaxInContentStillGiveValidPages() throws Exception {
        assertAllValid(HostileCorpusTest.hostileSite());
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
