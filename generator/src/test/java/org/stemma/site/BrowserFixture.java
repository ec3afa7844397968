package org.stemma.site;

import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/** The seed site served on 127.0.0.1 (404.html for missing files, as static hosts do) and a headless Chromium. */
final class BrowserFixture implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    final Path site;
    final HttpServer server;
    final ChromeDriver driver;

    BrowserFixture() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            fail("browser tests need /usr/bin/chromium and /usr/bin/chromedriver: "
                    + "apt-get update && apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        try {
            site = SiteFixture.buildSeed();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", ex -> {
                Path f = site.resolve(ex.getRequestURI().getPath().substring(1)).normalize();
                boolean ok = f.startsWith(site) && Files.isRegularFile(f);
                byte[] body = Files.readAllBytes(ok ? f : site.resolve("404.html"));
                String name = !ok || f.getFileName() == null ? "404.html" : f.getFileName().toString();
                ex.getResponseHeaders().set("Content-Type", name.endsWith(".css") ? "text/css" : name.endsWith(".js")
                        ? "text/javascript" : name.endsWith(".svg") ? "image/svg+xml" : "text/html; charset=utf-8");
                ex.sendResponseHeaders(ok ? 200 : 404, body.length);
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(body);
                }
            });
            server.start();
            ChromeOptions o = new ChromeOptions();
            o.setBinary(CHROMIUM.toFile());
            o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                    "--user-data-dir=" + Files.createTempDirectory("stemma-chromium-"),
                    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
            driver = new ChromeDriver(service, o);
            driver.manage().window().setSize(new Dimension(1280, 900));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of a site file, from file:// ("file") or from the local server ("http"). */
    String url(String origin, String path) {
        return origin.equals("file") ? site.resolve(path).toUri().toString()
                : "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** Emulates prefers-color-scheme; null restores the default. */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", scheme == null ? List.of()
                : List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    @Override
    public void close() {
        driver.quit();
        server.stop(0);
    }
}
