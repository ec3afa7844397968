package org.stemma.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.check.EditionCopy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevServerTest {
    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(DevServer s, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until the page satisfies the condition; bounded so a broken watcher fails instead of hanging. */
    private HttpResponse<String> await(DevServer s, String path, Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        HttpResponse<String> r = get(s, path);
        while (!done.test(r.body()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            r = get(s, path);
        }
        return r;
    }

    @Test
    void servesRebuildsOnChangeAndShowsErrorsAsAPage(@TempDir Path tmp) throws Exception {
        EditionCopy e = new EditionCopy(tmp);
        try (DevServer s = new DevServer(e.dir, EditionCopy.repo().resolve("templates"), 0)) {
            s.start();
            HttpResponse<String> page = get(s, "/statement/en/index.html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Statement (English original"), "the page is served");
            assertTrue(page.body().contains(DevServer.VERSION_PATH), "serve adds its reload script");
            String v1 = get(s, DevServer.VERSION_PATH).body();

            e.replace("works/statement/witnesses/en.yaml", "title: \"Statement (English original", "title: \"Declaration (English original");
            HttpResponse<String> changed = await(s, "/statement/en/index.html", b -> b.contains("Declaration (English original"));
            assertTrue(changed.body().contains("Declaration (English original"), "rebuilt after the edit");
            assertFalse(v1.equals(get(s, DevServer.VERSION_PATH).body()), "the version pages poll has moved on");
            assertEquals(Set.of("statement"), s.lastRebuild().works(), "the watcher said which file changed: only its work was rebuilt");
            assertFalse(s.lastRebuild().full());

            e.replace("works/statement/witnesses/en.yaml", "kind: original", "kind: [original");
            HttpResponse<String> broken = await(s, "/statement/en/index.html", b -> b.contains("does not build"));
            assertEquals(500, broken.statusCode());
            assertTrue(broken.body().contains(e.dir + "/works/statement/witnesses/en.yaml:4:7: error: malformed YAML: expected ',' or ']'"), broken.body());

            e.replace("works/statement/witnesses/en.yaml", "kind: [original", "kind: original");
            assertEquals(200, await(s, "/statement/en/index.html", b -> b.contains("Declaration")).statusCode(), "recovers");
        }
    }

    @Test
    void aTemplateErrorShowsWhereThePageWouldBeAndFixingItRecovers(@TempDir Path tmp) throws Exception {
        EditionCopy e = new EditionCopy(tmp);
        Path templates = tmp.resolve("templates");
        EditionCopy.copyTree(EditionCopy.repo().resolve("templates"), templates);
        Path witness = templates.resolve("witness.ftlh");
        String good = Files.readString(witness);
        try (DevServer s = new DevServer(e.dir, templates, 0)) {
            s.start();
            assertEquals(200, get(s, "/statement/en/index.html").statusCode());
            Files.writeString(witness, good + "<#if>");
            HttpResponse<String> broken = await(s, "/statement/en/index.html", b -> b.contains("does not build"));
            assertEquals(500, broken.statusCode());
            assertTrue(broken.body().contains(templates + "/witness.ftlh:"), broken.body());
            assertTrue(broken.body().contains("template syntax"), broken.body());
            assertEquals(200, get(s, "/statement/parallel.html").statusCode(), "pages of other templates are served");

            Files.writeString(witness, good);
            assertEquals(200, await(s, "/statement/en/index.html", b -> !b.contains("does not build")).statusCode(), "recovers");
        }
    }

    @Test
    void builtSitesNeverContainTheReloadScript(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        assertEquals(0, EditionCopy.run("build", "--content", EditionCopy.repo().resolve("content").toString(), "--out", out.toString(),
                "--templates", EditionCopy.repo().resolve("templates").toString()).exit());
        assertFalse(Files.readString(out.resolve("statement/en/index.html")).contains("__stemma"));
    }
}
