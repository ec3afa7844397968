package org.stemma.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.stemma.pipeline.Pipeline;
import org.stemma.publish.Publisher;
import org.stemma.render.SiteRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Builds an edition with the repository's templates into a fresh temporary folder, as `stemma build` does. */
final class SiteFixture {
    static final Path REPO = Path.of(System.getProperty("stemma.repo", "..")).toAbsolutePath().normalize();

    private SiteFixture() {
    }

    static Path build(Path content) {
        try {
            Path out = Files.createTempDirectory("stemma-site-").resolve("site");
            Pipeline.Loaded loaded = new Pipeline(content).load();
            Path templates = REPO.resolve("templates");
            SiteRenderer renderer = new SiteRenderer(templates, templates.toString());
            Publisher publisher = new Publisher(out, false);
            renderer.render(loaded.edition(), publisher);
            publisher.commit();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path buildSeed() {
        return build(REPO.resolve("content"));
    }

    /** A copy of the seed edition that a test may change. */
    static Path copyOfSeed() throws IOException {
        Path to = Files.createTempDirectory("stemma-content-").resolve("content");
        Path from = REPO.resolve("content");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return to;
    }

    static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", site.resolve(path).toUri().toString());
    }

    static List<Path> htmlPages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
