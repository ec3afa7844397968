package org.stemma.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.stemma.diagnostics.ContentException;
import org.stemma.diagnostics.Diagnostic;
import org.stemma.pipeline.Pipeline;
import org.stemma.render.SiteRenderer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code stemma serve}: builds the edition in memory, serves it on 127.0.0.1, rebuilds when content or
 * templates change, and makes open pages reload. The reload script is added to responses here only;
 * built sites never contain it. A broken edition gives an error page, not a dead server.
 */
public final class DevServer implements AutoCloseable {
    static final String VERSION_PATH = "/__stemma/version";
    private static final String RELOAD = "<script>(function(){var v=null;function poll(){fetch('" + VERSION_PATH
            + "',{cache:'no-store'}).then(function(r){return r.text();}).then(function(t){if(v!==null&&t!==v)location.reload();"
            + "v=t;setTimeout(poll,300);}).catch(function(){setTimeout(poll,1000);});}poll();})();</script>";

    private final Path content;
    private final Path templates;
    private final HttpServer http;
    private final Watcher watcher;
    private final AtomicLong version = new AtomicLong();
    private volatile Map<String, byte[]> site = Map.of();
    private volatile List<Diagnostic> problems = List.of();
    private volatile String crash;

    public DevServer(Path content, Path templates, int port) throws IOException {
        this.content = content;
        this.templates = templates;
        rebuild();
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        http.createContext("/", this::handle);
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

    /** Builds into memory; on error keeps the diagnostics for the error page. */
    synchronized void rebuild() {
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        try {
            Pipeline.Loaded loaded = new Pipeline(content).load();
            SiteRenderer renderer = new SiteRenderer(templates, templates == null ? "(built-in templates)" : templates.toString());
            renderer.render(loaded.edition(), files::put);
            site = files;
            problems = loaded.warnings().stream().filter(Diagnostic::isError).toList();
            crash = null;
        } catch (ContentException e) {
            problems = e.diagnostics();
            crash = null;
        } catch (RuntimeException e) {
            crash = e.toString(); // a template error, say: show it, keep serving
        }
        version.incrementAndGet();
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
            byte[] body = site.get(rel);
            if (body == null) {
                send(x, 404, "text/plain; charset=utf-8", ("no page " + rel).getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(x, 200, ContentTypes.of(rel), html ? inject(body) : body);
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
    }
}
