package org.stemma.editorial;

import org.stemma.diagnostics.Diagnostics;
import org.stemma.diagnostics.Location;
import org.stemma.editorial.internal.ContentFiles;
import org.stemma.editorial.internal.Fields;
import org.stemma.editorial.internal.LanguageTags;
import org.stemma.editorial.internal.Node;
import org.stemma.editorial.internal.WorkReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stage 2: reads the editorial layer ({@code edition.yaml} and {@code works/<id>/…}) into declarations.
 * Checks only what one file can tell; cross-references are checked when the model is built.
 */
public final class EditorialReader {
    private static final Set<String> EDITION_KEYS = new TreeSet<>(Set.of("title", "languages", "default-language",
            "works", "version", "base-url", "site"));

    private final Path contentDir;

    /** Every file read, with the size and CRC-32C of the bytes read: what a later build compares with. */
    private final Map<Path, String> filesRead = new java.util.concurrent.ConcurrentHashMap<>();

    public EditorialReader(Path contentDir) {
        this.contentDir = contentDir;
    }

    /** The files read so far, each as "size\tcrc32c" (hex) of exactly the bytes the layer was made from. */
    public Map<Path, String> filesRead() {
        return java.util.Collections.unmodifiableMap(filesRead);
    }

    public Optional<EditorialLayer> read(Diagnostics out) {
        return read(out, id -> true);
    }

    /**
     * {@code edition.yaml} and only the works {@code which} selects, for {@code serve} after a change
     * in some work folders: the layer lists the edition's work ids in full but declares the selected works only.
     */
    public Optional<EditorialLayer> read(Diagnostics out, java.util.function.Predicate<String> which) {
        ContentFiles files = new ContentFiles(contentDir, filesRead);
        Optional<Path> editionFile = files.find(contentDir, "edition");
        if (editionFile.isEmpty()) {
            out.error(Location.of(files.display(contentDir.resolve("edition.yaml"))),
                    "no edition.yaml: is '" + files.display(contentDir) + "' an edition folder? ('stemma new DIR' makes one)");
            return Optional.empty();
        }
        Node root = files.parse(editionFile.get());
        Optional<Fields> of = Fields.of(root, EDITION_KEYS, out, "edition");
        if (of.isEmpty()) return Optional.empty();
        Fields f = of.get();
        String defaultLang = f.text("default-language").orElse("en");
        LanguageTags.check(defaultLang, f.locationOf("default-language"), out);
        Map<String, String> title = f.localized("title", defaultLang);
        if (title.isEmpty()) out.error(f.location(), "the edition has no 'title'");
        List<String> languages = f.texts("languages");
        for (String l : languages) LanguageTags.check(l, f.locationOf("languages"), out);
        String baseUrl = f.text("base-url").orElse(null);
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s\"'<>]+")) {
            out.error(f.locationOf("base-url"), "'base-url' must be an absolute http(s) URL, found '" + baseUrl + "'");
            baseUrl = null;
        }
        List<String> workIds = new ArrayList<>(f.texts("works"));
        Path worksDir = contentDir.resolve("works");
        if (workIds.isEmpty()) {
            // Unlisted works are found by folder, sorted, so adding a work needs no edit here.
            for (Path d : listDirs(worksDir)) workIds.add(d.getFileName().toString());
        }
        if (workIds.isEmpty()) out.error(f.location(), "the edition has no works: add a folder works/<id>/ with a work.yaml");
        EditionDecl edition = new EditionDecl(title, defaultLang, languages, workIds, f.text("version").orElse(null),
                baseUrl, f.textMap("site"), f.location());
        List<String> readable = new ArrayList<>();
        for (String id : workIds) {
            if (!which.test(id)) continue;
            Path dir = worksDir.resolve(id);
            if (!id.matches("[a-z0-9][a-z0-9-]*") || !Files.isDirectory(dir)) {
                out.error(f.locationOf("works"), "work '" + id + "' has no folder " + files.display(dir));
                continue;
            }
            readable.add(id);
        }
        // Works are independent files: read them in parallel, each into its own report, merged in order.
        List<Diagnostics> reports = readable.stream().map(id -> new Diagnostics()).toList();
        List<Optional<WorkDecl>> read = java.util.stream.IntStream.range(0, readable.size()).parallel()
                .mapToObj(i -> new WorkReader(files, reports.get(i), defaultLang)
                        .read(readable.get(i), worksDir.resolve(readable.get(i)), f.locationOf("works")))
                .toList();
        reports.forEach(r -> r.all().forEach(out::add));
        List<WorkDecl> decls = new ArrayList<>();
        read.forEach(d -> d.ifPresent(decls::add));
        return Optional.of(new EditorialLayer(edition, decls));
    }

    private static List<Path> listDirs(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (var s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
