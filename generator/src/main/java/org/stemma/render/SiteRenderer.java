package org.stemma.render;

import org.stemma.model.ContentHistory;
import org.stemma.model.Edition;
import org.stemma.model.Source;
import org.stemma.model.Witness;
import org.stemma.model.Work;
import org.stemma.render.internal.PageModels;
import org.stemma.render.internal.ReferencePages;
import org.stemma.render.internal.Templates;
import org.stemma.render.internal.UiStrings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Stage 6: renders the edition model into files: landing page, a reading page per witness, a
 * parallel view and notes page per work, a page and a verbatim copy per source, edition.json, assets.
 */
public final class SiteRenderer {
    /** Assets the bundled templates ship; a templates folder on disk may add more. */
    private static final List<String> BUNDLED_ASSETS = List.of("stemma.css", "stemma.js", "favicon.svg", "search.js");

    private final Path templatesDir;
    private final Templates templates;
    private final UiStrings ui;

    /** @param templatesDir a templates folder, or null for the templates inside the jar */
    public SiteRenderer(Path templatesDir, String display) {
        this.templatesDir = templatesDir;
        this.templates = new Templates(templatesDir, display);
        this.ui = new UiStrings(templatesDir, display);
    }

    public void render(Edition edition, SiteSink sink) {
        written.clear();
        PageModels pages = new PageModels(edition, ui);
        ReferencePages reference = new ReferencePages(pages);
        page(sink, "index.ftlh", "index.html", landing(pages, edition));
        List<Runnable> tasks = new ArrayList<>();
        for (Work work : edition.works()) {
            for (Witness w : work.witnesses()) {
                String path = Links.witness(work.id(), w.id());
                tasks.add(task(sink, "witness.ftlh", path, () -> pages.witnessPage(work, w, path)));
            }
            tasks.add(task(sink, "parallel.ftlh", Links.parallel(work.id()), () -> reference.parallel(work, Links.parallel(work.id()))));
            tasks.add(task(sink, "notes.ftlh", Links.notes(work.id()), () -> reference.notes(work, Links.notes(work.id()))));
        }
        for (Source s : edition.sources()) {
            tasks.add(task(sink, "source.ftlh", Links.source(s.file()), () -> reference.source(s, Links.source(s.file()))));
        }
        runInParallel(tasks);
        page(sink, "404.ftlh", "404.html", notFound(pages, edition));
        sink.write("edition.json", EditionJson.write(edition));
        if (edition.history() != null) renderHistory(edition, edition.history(), sink);
        webFiles(edition, sink);
        org.stemma.export.Exports.write(edition, sink);
        copySources(edition, sink);
        copyAssets(sink);
    }

    /** The revision-history page, when the content folder is in a git repository. */
    private void renderHistory(Edition edition, ContentHistory history, SiteSink sink) {
        String path = org.stemma.history.HistoryPage.PATH;
        Map<String, Object> m = new PageModels(edition, ui).common(path, edition.defaultLanguage(), "Revision history");
        m.putAll(org.stemma.history.HistoryPage.model(history));
        page(sink, "history.ftlh", path, m);
    }

    /**
     * Hosts serve 404.html at whatever address was missing, often a nested one, where links relative to the
     * root would break. With a configured base-url the 404 page's links are absolute (the only way that holds
     * at any depth without a script or a base element, which would break file://); without one they stay
     * relative, correct at the top level and from file://. The page has no canonical address of its own.
     */
    private static Map<String, Object> notFound(PageModels pages, Edition edition) {
        Map<String, Object> m = pages.common("404.html", edition.defaultLanguage(), "404");
        String base = edition.baseUrl();
        if (base != null && !base.isEmpty()) m.put("root", base.endsWith("/") ? base : base + "/");
        m.put("canonical", "");
        return m;
    }

    private Map<String, Object> landing(PageModels pages, Edition edition) {
        Map<String, Object> m = pages.common("index.html", edition.defaultLanguage(),
                Edition.localized(edition.title(), edition.defaultLanguage(), edition.defaultLanguage()));
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Source s : edition.sources()) {
            sources.add(Map.of("file", s.file(), "sha256", s.sha256(), "lines", s.lineCount(),
                    "url", Links.source(s.file()), "rawUrl", Links.rawSource(s.file())));
        }
        m.put("sources", sources);
        m.put("languages", edition.languages());
        m.put("historyUrl", edition.history() == null ? "" : org.stemma.history.HistoryPage.PATH);
        m.put("downloads", org.stemma.export.Exports.downloads(edition));
        return m;
    }

    private final List<String> written = new ArrayList<>();

    /** A page rendered later, possibly on another thread; its path is listed now, in edition order. */
    private Runnable task(SiteSink sink, String template, String path, Supplier<Map<String, Object>> model) {
        written.add(path);
        return () -> sink.write(path, templates.render(template, model.get()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Pages are independent: their models read the immutable edition, and the sink is thread-safe.
     * When several fail, the first in edition order is reported, so errors do not depend on timing.
     */
    private static void runInParallel(List<Runnable> tasks) {
        RuntimeException[] failures = new RuntimeException[tasks.size()];
        IntStream.range(0, tasks.size()).parallel().forEach(i -> {
            try {
                tasks.get(i).run();
            } catch (RuntimeException e) {
                failures[i] = e;
            }
        });
        for (RuntimeException e : failures) if (e != null) throw e;
    }

    private void page(SiteSink sink, String template, String path, Map<String, Object> model) {
        sink.write(path, templates.render(template, model).getBytes(StandardCharsets.UTF_8));
        if (!path.equals("404.html")) written.add(path);
    }

    /** robots.txt always; sitemap.xml only with a base-url, since a sitemap needs absolute addresses. */
    private void webFiles(Edition edition, SiteSink sink) {
        String base = edition.baseUrl();
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (base != null) {
            String root = base.endsWith("/") ? base : base + "/";
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (String p : written) {
                xml.append("  <url><loc>").append(org.stemma.render.internal.Html.escape(root + p)).append("</loc></url>\n");
            }
            xml.append("</urlset>\n");
            sink.write("sitemap.xml", xml.toString().getBytes(StandardCharsets.UTF_8));
            robots.append("Sitemap: ").append(root).append("sitemap.xml\n");
        }
        sink.write("robots.txt", robots.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The verbatim source copies: the published edition carries its evidence. */
    private static void copySources(Edition edition, SiteSink sink) {
        for (Source s : edition.sources()) sink.write(Links.rawSource(s.file()), s.bytes());
    }

    private void copyAssets(SiteSink sink) {
        if (templatesDir != null) {
            Path assets = templatesDir.resolve("assets");
            if (!Files.isDirectory(assets)) return;
            try (Stream<Path> files = Files.walk(assets)) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    sink.write("assets/" + assets.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        for (String name : BUNDLED_ASSETS) {
            try (InputStream in = SiteRenderer.class.getResourceAsStream("/stemma-templates/assets/" + name)) {
                if (in != null) sink.write("assets/" + name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
