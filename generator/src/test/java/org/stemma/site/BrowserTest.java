package org.stemma.site;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed site in headless Chromium, from file:// and over http://127.0.0.1. */
class BrowserTest {
    static BrowserFixture browser;
    static Path site;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        browser = new BrowserFixture();
        site = browser.site;
        driver = browser.driver;
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    static String url(String origin, String path) {
        return browser.url(origin, path);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void counterpartLinkLandsHighlightedOnTheSameUnitInTheOtherLanguage(String origin) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url(origin, "statement/en/index.html"));
        driver.findElement(By.cssSelector("section#p3 nav.counterparts a[hreflang=ru]")).click();
        assertTrue(driver.getCurrentUrl().endsWith("statement/ru/index.html#p3"), driver.getCurrentUrl());
        WebElement target = (WebElement) js("return document.querySelector(':target') || document.getElementById('p3')");
        WebElement para = (WebElement) js("return arguments[0].closest('.para')", target);
        assertTrue(para.getAttribute("class").contains("targeted")
                || (Boolean) js("return arguments[0].matches(':target')", para), para.getAttribute("class"));
        String bg = (String) js("return getComputedStyle(arguments[0]).backgroundColor", para);
        assertFalse(bg.equals("rgba(0, 0, 0, 0)"), "target paragraph has a highlight background");
        long top = (Long) js("return Math.round(arguments[0].getBoundingClientRect().top)", target);
        assertTrue(top >= 0 && top < 300, "scrolled to the paragraph: top=" + top);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void noteMarkerOpensItsNoteAndEscapeReturnsFocus(String origin) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url(origin, "statement/en-spun/index.html"));
        WebElement marker = driver.findElement(By.cssSelector("section.para sup.note-ref a"));
        String noteId = marker.getAttribute("href").replaceAll(".*#", "");
        assertEquals("false", marker.getAttribute("aria-expanded"));
        js("arguments[0].focus()", marker);
        marker.sendKeys(Keys.ENTER);
        WebElement pop = driver.findElement(By.cssSelector("[role=dialog].note-pop"));
        assertEquals("true", marker.getAttribute("aria-expanded"));
        assertTrue(pop.isDisplayed());
        String expected = driver.findElement(By.cssSelector("li#" + noteId + " .note-body")).getAttribute("textContent").strip();
        assertTrue(pop.getText().contains(expected.substring(0, Math.min(30, expected.length()))), pop.getText());
        assertEquals(pop, driver.switchTo().activeElement(), "focus moves into the note");
        assertFalse(driver.getCurrentUrl().contains("#n-"), "the page did not jump to the footnote");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertTrue(driver.findElements(By.cssSelector(".note-pop")).isEmpty());
        assertEquals("false", marker.getAttribute("aria-expanded"));
        assertEquals(marker, driver.switchTo().activeElement(), "focus returns to the marker");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void wideScreensShowEachNoteBesideItsParagraphNarrowScreensAndPrintOnlyBelow(String origin) {
        driver.manage().window().setSize(new Dimension(1400, 900));
        driver.get(url(origin, "statement/en-spun/index.html"));
        WebElement marker = driver.findElement(By.cssSelector("section.para sup.note-ref a"));
        String noteId = marker.getAttribute("href").replaceAll(".*#", "");
        WebElement para = (WebElement) js("return arguments[0].closest('.para')", marker);
        WebElement side = para.findElement(By.cssSelector(".margin-note a[href='#" + noteId + "']"))
                .findElement(By.xpath("./ancestor::div[@class='margin-note']"));
        String body = driver.findElement(By.cssSelector("li#" + noteId + " .note-body")).getAttribute("textContent").strip();
        assertTrue(side.isDisplayed(), "margin note shown without clicking");
        assertTrue(side.getText().contains(body.substring(0, Math.min(30, body.length()))), side.getText());
        Map<?, ?> text = (Map<?, ?>) js("return arguments[0].getBoundingClientRect().toJSON()",
                para.findElement(By.cssSelector("p.reading")));
        Map<?, ?> note = (Map<?, ?>) js("return arguments[0].getBoundingClientRect().toJSON()", side);
        double textRight = ((Number) text.get("right")).doubleValue();
        assertTrue(((Number) note.get("left")).doubleValue() >= textRight, "right of the text: " + note + " vs " + text);
        assertTrue(((Number) note.get("right")).doubleValue() <= 1400, "inside the window: " + note);
        double top = ((Number) note.get("top")).doubleValue();
        assertTrue(top >= ((Number) text.get("top")).doubleValue() - 40 && top <= ((Number) text.get("bottom")).doubleValue(),
                "level with its paragraph: " + note + " vs " + text);
        assertTrue((Long) js("return document.documentElement.scrollWidth") <= (Long) js("return document.documentElement.clientWidth"));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(side.isDisplayed(), "print keeps notes as footnotes only");
        assertTrue(driver.findElement(By.cssSelector("li#" + noteId)).isDisplayed());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        driver.manage().window().setSize(new Dimension(900, 900));
        assertFalse(side.isDisplayed(), "narrow screens keep notes as footnotes only");
        assertTrue(driver.findElement(By.cssSelector("li#" + noteId)).isDisplayed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void parallelColumnChoiceHidesAColumnAndIsRemembered(String origin) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url(origin, "statement/parallel.html"));
        js("localStorage.clear()");
        driver.navigate().refresh();
        WebElement choice = driver.findElement(By.id("column-choice"));
        assertTrue(choice.isDisplayed());
        assertTrue(driver.findElement(By.cssSelector("td[data-witness=vi]")).isDisplayed());
        WebElement vi = choice.findElement(By.cssSelector("input[value=vi]"));
        js("arguments[0].focus()", vi);
        vi.sendKeys(Keys.SPACE);
        assertFalse(vi.isSelected());
        assertFalse(driver.findElement(By.cssSelector("td[data-witness=vi]")).isDisplayed());
        assertFalse(driver.findElement(By.cssSelector("th[data-witness=vi]")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector("td[data-witness=ru]")).isDisplayed());
        driver.navigate().refresh();
        assertFalse(driver.findElement(By.cssSelector("input[value=vi]")).isSelected(), "choice remembered");
        assertFalse(driver.findElement(By.cssSelector("td[data-witness=vi]")).isDisplayed());
        js("localStorage.clear()");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "statement/en/index.html", "statement/en-spun/index.html",
            "statement/parallel.html", "statement/notes.html", "sources/001_5984fa42ba6fd64b.txt.html", "404.html"})
    void phoneWidthNeedsNoHorizontalScroll(String page) {
        driver.manage().window().setSize(new Dimension(360, 800));
        driver.get(url("http", page));
        long inner = (Long) js("return window.innerWidth");
        long scroll = (Long) js("return document.documentElement.scrollWidth");
        long client = (Long) js("return document.documentElement.clientWidth");
        assertTrue(inner <= 400, "viewport is phone-sized: " + inner);
        assertTrue(scroll <= client, page + ": scrollWidth " + scroll + " > clientWidth " + client);
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void screenshotsOfAWitnessPage(String scheme) throws Exception {
        Path dir = Files.createDirectories(Path.of("/tmp/shots"));
        browser.colorScheme(scheme);
        for (int width : new int[] {360, 1280}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            driver.get("about:blank");
            driver.get(url("http", "statement/en-spun/index.html#p2"));
            js("var a = document.querySelector('section.para sup.note-ref a'); if (a) a.click();");
            File f = driver.getScreenshotAs(OutputType.FILE);
            Path out = dir.resolve("en-spun-" + width + "-" + scheme + ".png");
            Files.copy(f.toPath(), out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertTrue(Files.size(out) > 5_000);
        }
        browser.colorScheme(null);
    }
}
