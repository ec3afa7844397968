package org.stemma.site;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stemma.cli.Main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offline search as a reader uses it: typed into the box, from file:// and over http, and in an unpacked archive. */
class SearchInTheBrowserTest {
    static BrowserFixture browser;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        browser = new BrowserFixture();
        driver = browser.driver;
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    private static List<WebElement> search(String query) {
        WebElement box = driver.findElement(By.id("stemma-q"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> box.isDisplayed());
        box.clear();
        box.sendKeys(query);
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> !d.findElements(By.cssSelector("#stemma-results p")).isEmpty());
        return driver.findElements(By.cssSelector("#stemma-results li a"));
    }

    private static WebElement linkTo(List<WebElement> results, String suffix) {
        return results.stream().filter(a -> a.getAttribute("href").endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no result links to " + suffix + ": "
                        + results.stream().map(a -> a.getAttribute("href")).toList()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void theIndexIsLoadedOnlyWhenTheReaderTurnsToTheSearchBox(String origin) {
        driver.get(browser.url(origin, "statement/en/index.html"));
        WebElement box = driver.findElement(By.id("stemma-q"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> box.isDisplayed());
        assertEquals(Boolean.TRUE, driver.executeScript("return typeof window.STEMMA_SEARCH === 'undefined'"
                + " && !document.querySelector('script[src$=\"search-index.js\"]')"), "a page that is only read does not load the index");
        box.click();
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> Boolean.TRUE.equals(driver.executeScript("return typeof window.STEMMA_SEARCH === 'object'")));
        assertFalse(search("sobchak").isEmpty(), "the index loaded on focus answers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void dieuWithoutDiacriticsFindsTheVietnameseParagraphAndLeadsToIt(String origin) {
        driver.get(browser.url(origin, "statement/fr-durev/index.html"));
        List<WebElement> results = search("dieu");
        WebElement vi = linkTo(results, "statement/vi/index.html#p3");
        WebElement mark = vi.findElement(By.xpath("./following-sibling::span//mark"));
        assertEquals("điều", mark.getText().toLowerCase(java.util.Locale.ROOT));
        vi.click();
        assertTrue(driver.getCurrentUrl().endsWith("statement/vi/index.html#p3"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("p3")).getText().contains("Điều này gây ngạc nhiên"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void prefixesMatchAcrossCaseAndAccentsAndResultsAreGroupedByParagraph(String origin) {
        driver.get(browser.url(origin, "index.html"));
        List<WebElement> results = search("ete surpre");
        linkTo(results, "statement/fr-durev/index.html#p3");
        List<WebElement> groups = driver.findElements(By.cssSelector("#stemma-results section h2"));
        assertTrue(groups.stream().anyMatch(h -> h.getText().endsWith("paragraph 3")),
                groups.stream().map(WebElement::getText).toList().toString());
        // Across scripts the same box finds the Russian text: Париж (Paris), ещё folded to еще.
        linkTo(search("париж"), "statement/ru/index.html#p2");
    }

    @Test
    void anUnpackedArchiveOpensFromDiskWithWorkingLinksAndSearch(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("edition.zip");
        assertEquals(0, Main.run("archive", "--content", SiteFixture.REPO.resolve("content").toString(),
                "--templates", SiteFixture.REPO.resolve("templates").toString(), "--out", zip.toString()));
        Path unpacked = tmp.resolve("unpacked");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = unpacked.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(unpacked));
                if (e.isDirectory()) continue;
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes()); // this entry only; the stream stays open
            }
        }
        Path index;
        try (var s = Files.walk(unpacked)) {
            index = s.filter(p -> p.endsWith(Path.of("data", "index.html"))).findFirst().orElseThrow();
        }
        driver.get(index.toUri().toString());
        driver.findElement(By.cssSelector("a[href='statement/parallel.html']")).click();
        assertTrue(driver.getCurrentUrl().endsWith("statement/parallel.html"));
        linkTo(search("dieu"), "statement/vi/index.html#p3").click();
        assertTrue(driver.getCurrentUrl().startsWith("file:"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("p3")).isDisplayed());
    }
}
