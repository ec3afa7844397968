package org.stemma.bench;

import org.stemma.check.EditionCopy;
import org.stemma.serve.DevServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark, not a test: how long {@code serve} takes to rebuild after an editor changes one line of
 * one witness source, on a large edition. Copies the edition (default /tmp/stemma-bench/stemma-2000,
 * 10,000 witness pages; or generates one), starts a DevServer with its watcher, then edits one line
 * in a different work's French source each round and reports medians of: the rebuild as the server
 * times it, the time from the write to the new version pages poll (adds the watcher's 100 ms
 * debounce and the file-system notification), and the time to serve the changed reading page after.
 *
 * <p>Run: {@code mvn -q -pl generator test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.stemma.bench.ServeBenchmark -Dexec.args="/tmp/stemma-bench/stemma-2000 9"}
 * (edition folder, or "generate:N" for N synthetic works; rounds; optionally --browser: also request the
 * search index after each reload, as a reader searching while editing does, and edit again while it is being made)
 */
public final class ServeBenchmark {
    private ServeBenchmark() {}

    public static void main(String[] args) throws Exception {
        String from = args.length > 0 ? args[0] : "/tmp/stemma-bench/stemma-2000";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        // The worst case: after each reload also ask for the search index (a page loads it once its reader
        // turns to the search box), then edit again a second later, while it is still being made.
        boolean browser = args.length > 2 && args[2].equals("--browser");
        Path content = Files.createTempDirectory("stemma-serve-bench").resolve("content");
        if (from.startsWith("generate:")) {
            new SyntheticEdition(Integer.parseInt(from.substring("generate:".length())), 5, 20).writeStemma(content);
        } else {
            EditionCopy.copyTree(Path.of(from), content);
        }
        Path templates = Path.of(System.getProperty("stemma.repo", "."), "templates").toAbsolutePath().normalize();
        List<String> works;
        try (var s = Files.list(content.resolve("works"))) {
            works = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        System.out.printf("edition: %s (%d works), templates %s%n", content, works.size(), templates);

        long t = System.nanoTime();
        try (DevServer server = new DevServer(content, templates, 0, line -> { })) {
            System.out.printf("start: model loaded and site planned in %d ms (no file made yet)%n", ms(t));
            server.start();
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port() + "/";
            // Warm the renderer's code paths once, as an editor's first page view does.
            get(http, base + works.get(0) + "/fr/index.html");

            List<Long> rebuild = new ArrayList<>(), notified = new ArrayList<>(), page = new ArrayList<>();
            for (int i = 0; i < rounds + 2; i++) {
                String work = works.get((i * 7919 + works.size() / 2) % works.size());
                Path source = content.resolve("sources").resolve(work + "-fr.txt");
                String marker = "Ligne modifiée numéro " + i;
                List<String> lines = new ArrayList<>(Files.readAllLines(source, StandardCharsets.UTF_8));
                lines.set(2, marker + " " + lines.get(2));
                long v = server.version();
                long written = System.nanoTime();
                Files.writeString(source, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
                while (server.version() == v) Thread.sleep(1);
                long seen = ms(written);
                DevServer.Rebuild r = server.lastRebuild();
                if (!r.ok() || r.full()) throw new IllegalStateException("not an incremental rebuild: " + r.describe());
                long p = System.nanoTime();
                String body = get(http, base + work + "/fr/index.html");
                long served = ms(p);
                if (!body.contains(marker)) throw new IllegalStateException("the changed page does not show the edit");
                System.out.printf("round %d: %s; edit to new version %d ms; changed page served in %d ms%n", i, r.describe(), seen, served);
                if (browser) {
                    http.sendAsync(HttpRequest.newBuilder(URI.create(base + "assets/search-index.js")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    Thread.sleep(1000);
                }
                if (i < 2) continue; // warm-up rounds
                rebuild.add(r.millis());
                notified.add(seen);
                page.add(served);
            }
            System.out.printf("median of %d: rebuild %d ms (server), edit to new version %d ms (with 100 ms debounce), changed page served %d ms%n",
                    rounds, median(rebuild), median(notified), median(page));
            // Edition-wide files are dropped by every change and made again when asked for.
            for (String path : List.of("index.html", "assets/search-index.js")) {
                long l = System.nanoTime();
                int size = get(http, base + path).length();
                System.out.printf("then %s (edition-wide, made again on request): %d ms, %d chars%n", path, ms(l), size);
            }
        } finally {
            try (var walk = Files.walk(content.getParent())) { // the copy is as large as the edition
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(url + ": " + r.statusCode() + "\n" + r.body());
        return r.body();
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
