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
import org.stemma.render.SiteFile.Scope;

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
 * parallel view and notes page per work, a page and a verbatim copy per source, edition.json, the
 * exports, assets. {@link #plan} lists them without making them; {@link #render} makes them all.
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

    /** Makes every file of the site, in parallel, into the sink. */
    public void render(Edition edition, SiteSink sink) {
        List<SiteFile> plan = plan(edition);
        runInParallel(plan.stream().<Runnable>map(f -> () -> sink.write(f)).toList());
    }

    /**
     * Every file of the site, in edition order, none made yet. The largest (edition.json, TEI,
     * search index) come first so that, made in parallel, they do not end the build on one thread.
     */
    public List<SiteFile> plan(Edition edition) {
        PageModels pages = new PageModels(edition, ui);
        ReferencePages reference = new ReferencePages(pages);
        List<SiteFile> plan = new ArrayList<>();
        plan.add(new SiteFile("edition.json", Scope.EDITION, out -> EditionJson.write(edition, out)));
        plan.addAll(org.stemma.export.Exports.editionFiles(edition));
        plan.add(page("index.ftlh", "index.html", Scope.EDITION, () -> landing(pages, edition)));
        Map<String, Source> sources = new java.util.HashMap<>();
        for (Source s : edition.sources()) sources.put(s.file(), s);
        for (Work work : edition.works()) {
            Scope scope = Scope.work(work.id());
            for (Witness w : work.witnesses()) {
                String path = Links.witness(work.id(), w.id());
                plan.add(page("witness.ftlh", path, scope, () -> pages.witnessPage(work, w, path)));
            }
            if (PageModels.hasWorkPages(edition)) {
                plan.add(page("work.ftlh", Links.work(work.id()), scope, () -> workPage(pages, edition, work, sources)));
            }
            plan.add(page("parallel.ftlh", Links.parallel(work.id()), scope, () -> reference.parallel(work, Links.parallel(work.id()))));
            plan.add(page("notes.ftlh", Links.notes(work.id()), scope, () -> reference.notes(work, Links.notes(work.id()))));
            plan.addAll(org.stemma.export.Exports.workFiles(work, sources));
        }
        for (Source s : edition.sources()) {
            Scope scope = Scope.source(s.file());
            plan.add(page("source.ftlh", Links.source(s.file()), scope, () -> reference.source(s, Links.source(s.file()))));
            // The verbatim source copies: the published edition carries its evidence.
            plan.add(new SiteFile(Links.rawSource(s.file()), scope, out -> out.write(
                    org.stemma.source.SourceLoader.verbatim(s.path(), s.size(), s.crc32c(), org.stemma.diagnostics.DisplayPath.of(s.path())))));
        }
        if (edition.history() != null) plan.add(history(edition, edition.history()));
        List<String> pagePaths = plan.stream().map(SiteFile::path).filter(p -> p.endsWith(".html") && !p.startsWith("sources/raw/")).toList();
        plan.add(page("404.ftlh", "404.html", Scope.EDITION, () -> notFound(pages, edition)));
        plan.addAll(webFiles(edition, pagePaths));
        plan.addAll(assets());
        return plan;
    }

    /** The revision-history page, when the content folder is in a git repository. */
    private SiteFile history(Edition edition, ContentHistory history) {
        String path = org.stemma.history.HistoryPage.PATH;
        return page("history.ftlh", path, Scope.EDITION, () -> {
            Map<String, Object> m = new PageModels(edition, ui).common(path, edition.defaultLanguage(), "Revision history");
            m.putAll(org.stemma.history.HistoryPage.model(history));
            return m;
        });
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

    /**
     * The landing page: with one work, everything about it (witnesses, sources, downloads); with several,
     * a row per work, each work's details being on its own page.
     */
    private Map<String, Object> landing(PageModels pages, Edition edition) {
        Map<String, Object> m = pages.common("index.html", edition.defaultLanguage(),
                Edition.localized(edition.title(), edition.defaultLanguage(), edition.defaultLanguage()));
        boolean workPages = PageModels.hasWorkPages(edition);
        m.put("hasWorkPages", workPages);
        m.put("sources", workPages ? List.of() : edition.sources().stream().map(SiteRenderer::sourceRow).toList());
        m.put("languages", edition.languages());
        m.put("historyUrl", edition.history() == null ? "" : org.stemma.history.HistoryPage.PATH);
        m.put("downloads", workPages ? List.of() : org.stemma.export.Exports.downloads(edition));
        return m;
    }

    /** A work's own page, when the edition has several: its witnesses, the sources they are in, its downloads. */
    private static Map<String, Object> workPage(PageModels pages, Edition edition, Work work, Map<String, Source> sources) {
        String lang = edition.defaultLanguage();
        Map<String, Object> m = pages.common(Links.work(work.id()), lang, Edition.localized(work.title(), lang, lang), List.of(work));
        m.put("work", pages.workSummary(work, (String) m.get("lang")));
        m.put("sources", work.witnesses().stream().map(Witness::source).distinct()
                .map(sources::get).filter(java.util.Objects::nonNull).map(SiteRenderer::sourceRow).toList());
        m.put("downloads", List.of(org.stemma.export.Exports.downloads(edition, work)));
        return m;
    }

    private static Map<String, Object> sourceRow(Source s) {
        return Map.of("file", s.file(), "sha256", s.sha256(), "lines", s.lineCount(),
                "url", Links.source(s.file()), "rawUrl", Links.rawSource(s.file()));
    }

    private SiteFile page(String template, String path, Scope scope, Supplier<Map<String, Object>> model) {
        return new SiteFile(path, scope, out -> templates.render(template, model.get(), out));
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

    /** robots.txt always; sitemap.xml only with a base-url, since a sitemap needs absolute addresses. */
    private static List<SiteFile> webFiles(Edition edition, List<String> pagePaths) {
        List<SiteFile> files = new ArrayList<>();
        String base = edition.baseUrl();
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (base != null) {
            String root = base.endsWith("/") ? base : base + "/";
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (String p : pagePaths) {
                xml.append("  <url><loc>").append(org.stemma.render.internal.Html.escape(root + p)).append("</loc></url>\n");
            }
            xml.append("</urlset>\n");
            files.add(SiteFile.of("sitemap.xml", Scope.EDITION, xml.toString().getBytes(StandardCharsets.UTF_8)));
            robots.append("Sitemap: ").append(root).append("sitemap.xml\n");
        }
        files.add(SiteFile.of("robots.txt", Scope.EDITION, robots.toString().getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private List<SiteFile> assets() {
        List<SiteFile> files = new ArrayList<>();
        if (templatesDir != null) {
            Path assets = templatesDir.resolve("assets");
            if (!Files.isDirectory(assets)) return files;
            try (Stream<Path> walk = Files.walk(assets)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    files.add(SiteFile.of("assets/" + assets.relativize(p).toString().replace('\\', '/'), Scope.EDITION, Files.readAllBytes(p)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return files;
        }
        for (String name : BUNDLED_ASSETS) {
            try (InputStream in = SiteRenderer.class.getResourceAsStream("/stemma-templates/assets/" + name)) {
                if (in != null) files.add(SiteFile.of("assets/" + name, Scope.EDITION, in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
