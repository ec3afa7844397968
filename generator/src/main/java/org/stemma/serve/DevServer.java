package org.stemma.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.stemma.diagnostics.ContentException;
import org.stemma.diagnostics.Diagnostic;
import org.stemma.model.Edition;
import org.stemma.model.Work;
import org.stemma.pipeline.Changes;
import org.stemma.pipeline.IncrementalPipeline;
import org.stemma.pipeline.Pipeline;
import org.stemma.render.SiteRenderer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code stemma serve}: loads the edition, serves it on 127.0.0.1 making each file when first asked for,
 * rebuilds only what a change touches when content or templates change, and makes open pages reload. The reload script is added to responses here only;
 * built sites never contain it. A broken edition gives an error page, not a dead server.
 */
public final class DevServer implements AutoCloseable {
    static final String VERSION_PATH = "/__stemma/version";
    private static final String RELOAD = "<script>(function(){var v=null;function poll(){fetch('" + VERSION_PATH
            + "',{cache:'no-store'}).then(function(r){return r.text();}).then(function(t){if(v!==null&&t!==v)location.reload();"
            + "v=t;setTimeout(poll,300);}).catch(function(){setTimeout(poll,1000);});}poll();})();</script>";

    private final Path content;
    private final Path templates;
    private final Consumer<String> log;
    private final IncrementalPipeline model;
    private final HttpServer http;
    private final Watcher watcher;
    private final AtomicLong version = new AtomicLong();
    private final ExecutorService requests = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "stemma-serve");
        t.setDaemon(true);
        return t;
    });
    private SiteRenderer renderer;
    /** Changes not yet built: all of them at first, and those of a rebuild that failed, retried with the next. */
    private Changes pending = Changes.ALL;
    private volatile LazySite site = LazySite.EMPTY;
    private volatile List<Diagnostic> problems = List.of();
    private volatile String crash;
    private volatile Rebuild last;

    /**
     * What a rebuild did, as the console shows it.
     *
     * @param full    the whole pipeline ran (else only the works and sources named)
     * @param templates the templates changed: every page is made again when asked for
     */
    public record Rebuild(boolean full, boolean templates, Set<String> works, Set<String> sources, boolean ok, long millis) {
        /** E.g. {@code serve: rebuilt work statement in 42 ms}. */
        public String describe() {
            String what = full ? "everything"
                    : !works.isEmpty() ? (works.size() == 1 ? "work " : "works ") + String.join(", ", works)
                    : !sources.isEmpty() ? (sources.size() == 1 ? "source " : "sources ") + String.join(", ", sources)
                    : "";
            if (templates && !full) what = what.isEmpty() ? "the templates" : what + " and the templates";
            return "serve: rebuilt " + what + " in " + millis + " ms" + (ok ? "" : " (the edition does not build: see the page)");
        }
    }

    public DevServer(Path content, Path templates, int port) throws IOException {
        this(content, templates, port, System.out::println);
    }

    /** @param log where to say what each rebuild did */
    public DevServer(Path content, Path templates, int port, Consumer<String> log) throws IOException {
        this.content = content;
        this.templates = templates;
        this.log = log;
        // The same model as 'build' (which skips the aligner's second opinion on editors' alignments).
        this.model = new IncrementalPipeline(new Pipeline(content).withoutAlignmentCrossCheck());
        rebuild(Set.of());
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        http.createContext("/", this::handle);
        // One thread per request: a page must not wait while edition.json or the search index is made.
        http.setExecutor(requests);
        this.watcher = new Watcher(templates == null ? List.of(content) : List.of(content, templates), this::rebuild);
    }

    public void start() {
        http.start();
        watcher.start();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public long version() {
        return version.get();
    }

    /** What the last rebuild did and how long it took. */
    public Rebuild lastRebuild() {
        return last;
    }

    /**
     * Brings the model and the site's plan up to date with the changed paths: only the works and sources
     * they touch when it can (see {@link Changes}), everything otherwise. Makes no file: files the change
     * touched are dropped and made again when asked for. On error keeps the diagnostics for the error page.
     */
    synchronized void rebuild(Set<Path> changed) {
        Set<String> known = model.current().map(l -> l.edition().works().stream().map(Work::id)
                .collect(Collectors.toSet())).orElse(Set.of());
        Changes c = pending.plus(Changes.of(changed, content, templates, known));
        if (c.isEmpty()) return; // only files no stage reads
        long start = System.nanoTime();
        Rebuild done;
        try {
            if (c.templates() || renderer == null) {
                renderer = new SiteRenderer(templates, templates == null ? "(built-in templates)" : templates.toString());
            }
            IncrementalPipeline.Reloaded r;
            if (c.everything() || model.current().isEmpty()) r = model.loadAll();
            else if (c.touchesContent()) r = model.reload(c.works(), c.sources());
            else r = new IncrementalPipeline.Reloaded(model.current().get(), false, Set.of(), Set.of());
            Edition edition = r.loaded().edition();
            site = site.next(edition, renderer.plan(edition), r.full() || c.templates(), r.works(), r.sources());
            problems = r.loaded().warnings().stream().filter(Diagnostic::isError).toList();
            crash = null;
            pending = Changes.NONE;
            done = new Rebuild(r.full(), c.templates(), r.works(), r.sources(), true, millisSince(start));
        } catch (ContentException e) {
            problems = e.diagnostics();
            crash = null;
            pending = c;
            done = new Rebuild(c.everything(), c.templates(), c.works(), c.sources(), false, millisSince(start));
        } catch (RuntimeException e) {
            crash = e.toString(); // an internal error: show it, keep serving
            pending = c;
            done = new Rebuild(c.everything(), c.templates(), c.works(), c.sources(), false, millisSince(start));
        }
        log.accept(last == null && done.ok()
                ? "serve: loaded the edition in " + done.millis() + " ms (files are made when first asked for)" : done.describe());
        last = done;
        version.incrementAndGet();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The served file's bytes (without the reload script), made if need be; null when the site has none. */
    byte[] file(String path) {
        return site.get(path);
    }

    /** Whether the file is made (or being made) now: a rebuild drops only what the change touched. */
    boolean isMade(String path) {
        return site.isMade(path);
    }

    /** The errors the error page shows now. */
    List<Diagnostic> problems() {
        return problems;
    }

    /** Every file the site has now. */
    Set<String> paths() {
        return site.paths();
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath();
            if (path.equals(VERSION_PATH)) {
                send(x, 200, "text/plain; charset=utf-8", Long.toString(version.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rel = path.substring(1);
            if (rel.isEmpty() || rel.endsWith("/")) rel += "index.html";
            boolean html = rel.endsWith(".html");
            if (html && (!problems.isEmpty() || crash != null)) {
                send(x, 500, "text/html; charset=utf-8", inject(ErrorPage.html(problems, crash)));
                return;
            }
            byte[] body;
            try {
                body = made(rel);
            } catch (LazySite.Superseded e) {
                send(x, 503, "text/plain; charset=utf-8", "rebuilt meanwhile: reload".getBytes(StandardCharsets.UTF_8));
                return;
            } catch (ContentException e) { // a template error: shown where the page would be
                send(x, 500, "text/html; charset=utf-8", inject(ErrorPage.html(e.diagnostics(), null)));
                return;
            } catch (RuntimeException e) {
                send(x, 500, "text/html; charset=utf-8", inject(ErrorPage.html(List.of(), e.toString())));
                return;
            }
            if (body == null) {
                send(x, 404, "text/plain; charset=utf-8", ("no page " + rel).getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(x, 200, ContentTypes.of(rel), html ? inject(body) : body);
        }
    }

    /** The file from the site served now; when a rebuild drops it while it is being made, from the new site. */
    private byte[] made(String path) {
        for (int attempt = 1; ; attempt++) {
            try {
                return site.get(path);
            } catch (LazySite.Superseded e) {
                if (attempt == 3) throw e; // edits faster than the file can be made
            }
        }
    }

    private static byte[] inject(byte[] page) {
        String s = new String(page, StandardCharsets.UTF_8);
        int at = s.lastIndexOf("</body>");
        s = at < 0 ? s + RELOAD : s.substring(0, at) + RELOAD + s.substring(at);
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("Cache-Control", "no-store");
        x.sendResponseHeaders(status, body.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(body);
        }
    }

    @Override
    public void close() {
        watcher.close();
        http.stop(0);
        requests.shutdownNow();
    }
}
