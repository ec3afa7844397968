package org.stemma.site;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** axe-core (WCAG 2.0/2.1 A and AA rules) over every page of the seed site, in light and dark colour schemes. */
class EveryPageMeetsWcagAaTest {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static BrowserFixture browser;

    @BeforeAll
    static void start() {
        browser = new BrowserFixture();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    /** Rules whose outcome depends on colours: the only ones the dark scheme can change. */
    static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    static void collect(String what, Results r, List<String> out) {
        assertFalse(r.isErrored(), what + ": axe failed: " + r.getErrorMessage());
        for (Rule rule : r.getViolations()) {
            for (CheckedNode n : rule.getNodes()) {
                out.add(what + ": " + rule.getId() + " " + n.getTarget() + ": " + n.getFailureSummary().replace('\n', ' '));
            }
        }
    }

    /**
     * Loads a page once with every disclosure open (so the apparatus and paratext are checked too), runs all
     * WCAG A/AA rules in the light scheme, then the colour rules again in the dark scheme.
     */
    static List<String> violations(String path) {
        return violations(path, browser.url("http", path));
    }

    static List<String> violations(String path, String url) {
        List<String> out = new ArrayList<>();
        browser.colorScheme("light");
        browser.driver.get(url);
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelectorAll('details').forEach(d => d.open = true)");
        collect(path + " (light)", new AxeBuilder().withTags(TAGS).analyze(browser.driver), out);
        browser.colorScheme("dark");
        collect(path + " (dark)", new AxeBuilder().withOnlyRules(COLOUR_RULES).analyze(browser.driver), out);
        browser.colorScheme(null);
        return out;
    }

    @Test
    void noPageHasAnAxeViolationInLightOrDarkScheme() throws Exception {
        Path site = browser.site;
        List<String> found = new ArrayList<>();
        List<Path> pages = SiteFixture.htmlPages(site);
        for (Path p : pages) found.addAll(violations(site.relativize(p).toString().replace('\\', '/')));
        // A missing nested address gets 404.html from the host.
        found.addAll(violations("statement/missing/page.html"));
        assertTrue(found.isEmpty(), found.size() + " axe violation(s) on " + pages.size() + " pages:\n"
                + String.join("\n", found));
    }

    /** An edition of several works has a landing page that lists them and a page per work (ManyWorksTest). */
    @Test
    void theLandingAndWorkPagesOfAnEditionOfSeveralWorksPass() throws Exception {
        Path site = ManyWorksTest.buildSite();
        List<String> found = new ArrayList<>();
        for (String p : List.of("index.html", "work-00002/index.html", "work-00002/fr/index.html", "404.html")) {
            found.addAll(violations(p, site.resolve(p).toUri().toString()));
        }
        assertTrue(found.isEmpty(), found.size() + " axe violation(s):\n" + String.join("\n", found));
    }

    @Test
    void openNotePopoverAndInlineDifferencesPassInBothSchemes() {
        List<String> found = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            browser.driver.get(browser.url("http", "statement/en-spun/index.html"));
            ((JavascriptExecutor) browser.driver).executeScript(
                    "document.querySelector('.diff-toggle input').click();"
                            + "document.querySelector('section.para sup.note-ref a').click()");
            assertFalse(browser.driver.findElements(org.openqa.selenium.By.cssSelector(".note-pop")).isEmpty());
            collect("en-spun with popover and inline differences (" + scheme + ")",
                    new AxeBuilder().withTags(TAGS).analyze(browser.driver), found);
        }
        browser.colorScheme(null);
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void axeReportsAPageWithAnUnlabelledControl() {
        browser.driver.get("data:text/html,<!DOCTYPE html><html lang=en><title>t</title><main><input type=text></main>");
        List<String> v = new ArrayList<>();
        for (Rule rule : new AxeBuilder().withTags(TAGS).analyze(browser.driver).getViolations()) v.add(rule.getId());
        assertTrue(v.contains("label"), v.toString());
    }
}
