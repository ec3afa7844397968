package org.stemma.publish;

import org.stemma.model.Edition;
import org.stemma.model.Note;
import org.stemma.model.Paratext;
import org.stemma.model.Witness;
import org.stemma.model.Work;
import org.stemma.source.SourceLoader;
import org.stemma.source.SourceText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32C;
import java.util.zip.ZipFile;

/**
 * What a site was made from, kept beside it (as {@value #FILE}) so that the next build into the folder
 * can tell what changed: every content file and template file with its size and CRC-32C, the generator
 * (a new Stemma re-renders everything), the edition's header (title, languages, version, history: what
 * every page shows), the sources each work draws on, and the size of each file of a work or source.
 * Deterministic text, sorted. A record that cannot be made or read is no record: the build is full.
 */
public final class InputRecord {
    public static final String FILE = ".stemma-inputs";
    private static final String FORMAT = "stemma-inputs\t1";
    private static final String BUNDLED = "bundled";

    final String generator;
    /** Content-relative path ('/' separators) → "size\tcrc" of each file the pipeline read. */
    final TreeMap<String, String> content;
    /** The same for the templates folder; null for the templates inside the jar (covered by the generator). */
    final TreeMap<String, String> templates;
    final String header;
    /** Work id → the sources its witnesses, paratext and notes draw on. */
    final TreeMap<String, TreeSet<String>> works;
    /** Site path of each file of a work or source scope → its size. */
    final TreeMap<String, Long> outputs;

    private InputRecord(String generator, TreeMap<String, String> content, TreeMap<String, String> templates, String header,
                        TreeMap<String, TreeSet<String>> works, TreeMap<String, Long> outputs) {
        this.generator = generator;
        this.content = content;
        this.templates = templates;
        this.header = header;
        this.works = works;
        this.outputs = outputs;
    }

    /**
     * The content files exactly as the pipeline read them: the editorial files it read (it notes the
     * size and CRC-32C of the bytes it parsed) and the sources (the loader has their size and CRC-32C),
     * so nothing is read twice and a file changed during the build is recorded as it was used. A file
     * no stage read cannot have shaped the site, and one added later is new to the next record.
     *
     * @param editorialFiles content-relative path ('/' separators) → "size\tcrc" in hex
     * @return null when the generator cannot be identified: the build is then full and records nothing
     */
    public static InputRecord of(Map<String, String> editorialFiles, Map<String, SourceText> sources) {
        try {
            String generator = generator();
            if (generator == null) return null;
            TreeMap<String, String> content = new TreeMap<>(editorialFiles);
            sources.values().forEach(t -> content.put("sources/" + t.file(), SourceLoader.stamp(t.size(), t.crc32c())));
            return new InputRecord(generator, content, null, null, new TreeMap<>(), new TreeMap<>());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * This record with the templates folder's files (null: the built-in templates, which the generator covers).
     *
     * @return null when they cannot be read
     */
    public InputRecord withTemplates(Path templatesDir) {
        try {
            TreeMap<String, String> t = templatesDir == null ? null : files(templatesDir);
            return new InputRecord(generator, content, t, header, works, outputs);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** This record completed with what the loaded edition says and the sizes of the files made. */
    InputRecord with(Edition edition, Map<String, Long> outputs) {
        TreeMap<String, TreeSet<String>> uses = new TreeMap<>();
        for (Work w : edition.works()) uses.put(w.id(), sourcesOf(w));
        return new InputRecord(generator, content, templates, header(edition), uses, new TreeMap<>(outputs));
    }

    /** The sources whose lines a work's files show: its witnesses', its paratext's, those its notes point into. */
    static TreeSet<String> sourcesOf(Work w) {
        TreeSet<String> files = new TreeSet<>();
        for (Witness x : w.witnesses()) files.add(x.source());
        for (Paratext p : w.paratext()) files.add(p.source());
        for (Note n : w.notes()) if (n.anchor() != null && n.anchor().source() != null) files.add(n.anchor().source());
        return files;
    }

    /** What every page shows of the edition as a whole; when it changes, every page is made again. */
    static String header(Edition e) {
        String s = String.join("\u0000", String.valueOf(e.title()), e.defaultLanguage(), String.valueOf(e.languages()),
                String.valueOf(e.version()), String.valueOf(e.baseUrl()), String.valueOf(e.site()), String.valueOf(e.history()));
        CRC32C crc = new CRC32C();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue()) + "\t" + s.length();
    }

    /** Content paths (absolute) added, removed or changed since {@code before}. */
    Set<Path> changedContent(InputRecord before, Path contentDir) {
        Set<String> names = new TreeSet<>(content.keySet());
        names.addAll(before.content.keySet());
        Set<Path> changed = new HashSet<>();
        for (String n : names) {
            if (!Objects.equals(content.get(n), before.content.get(n))) changed.add(contentDir.resolve(n));
        }
        return changed;
    }

    boolean sameTemplates(InputRecord o) {
        return Objects.equals(templates, o.templates);
    }

    /** @return the text, or null when some name cannot be written on one line (then no record is kept) */
    byte[] toBytes() {
        List<String> lines = new ArrayList<>();
        lines.add(FORMAT);
        lines.add("generator\t" + generator);
        lines.add("header\t" + header);
        if (templates == null) lines.add("templates\t" + BUNDLED);
        content.forEach((p, v) -> lines.add("content\t" + p + "\t" + v));
        if (templates != null) templates.forEach((p, v) -> lines.add("template\t" + p + "\t" + v));
        works.forEach((id, files) -> lines.add("work\t" + id + (files.isEmpty() ? "" : "\t" + String.join("\t", files))));
        outputs.forEach((p, size) -> lines.add("output\t" + p + "\t" + size));
        for (String line : lines) if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) return null;
        for (String p : content.keySet()) if (p.indexOf('\t') >= 0) return null;
        if (templates != null) for (String p : templates.keySet()) if (p.indexOf('\t') >= 0) return null;
        for (String p : outputs.keySet()) if (p.indexOf('\t') >= 0) return null;
        for (Map.Entry<String, TreeSet<String>> w : works.entrySet()) {
            if (w.getKey().indexOf('\t') >= 0 || w.getValue().stream().anyMatch(f -> f.indexOf('\t') >= 0)) return null;
        }
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** @return the record, or null when it is missing, from another format, or not as written */
    static InputRecord parse(byte[] bytes) {
        if (bytes == null) return null;
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        if (lines.length < 4 || !lines[0].equals(FORMAT) || !lines[lines.length - 1].isEmpty()) return null;
        String generator = null, header = null;
        boolean bundled = false;
        TreeMap<String, String> content = new TreeMap<>(), templates = new TreeMap<>();
        TreeMap<String, TreeSet<String>> works = new TreeMap<>();
        TreeMap<String, Long> outputs = new TreeMap<>();
        try {
            for (int i = 1; i < lines.length - 1; i++) {
                String[] f = lines[i].split("\t", -1);
                switch (f[0]) {
                    case "generator" -> generator = f[1] + "\t" + f[2];
                    case "header" -> header = f[1] + "\t" + f[2];
                    case "templates" -> bundled = f.length == 2 && f[1].equals(BUNDLED);
                    case "content" -> content.put(f[1], f[2] + "\t" + f[3]);
                    case "template" -> templates.put(f[1], f[2] + "\t" + f[3]);
                    case "work" -> works.put(f[1], new TreeSet<>(List.of(f).subList(2, f.length)));
                    case "output" -> outputs.put(f[1], Long.parseLong(f[2]));
                    default -> {
                        return null;
                    }
                }
            }
        } catch (RuntimeException e) {
            return null; // a line cut short or a number that is none: not as written
        }
        if (generator == null || header == null || (bundled && !templates.isEmpty())) return null;
        return new InputRecord(generator, content, bundled ? null : templates, header, works, outputs);
    }

    Set<String> works() {
        return Collections.unmodifiableSet(works.keySet());
    }

    /**
     * Every file under the folder but hidden ones, following links as the stages reading them do. Listed
     * first, then hashed in parallel: thousands of small files, each mostly a wait on the file system.
     */
    private static TreeMap<String, String> files(Path root) throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) return files;
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!hidden(file) && attrs.isRegularFile()) found.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e; // unreadable, or a loop of links: no record
            }
        });
        String[] hashes = new String[found.size()];
        try {
            java.util.stream.IntStream.range(0, found.size()).parallel().forEach(i -> hashes[i] = hash(found.get(i)));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = 0; i < hashes.length; i++) files.put(root.relativize(found.get(i)).toString().replace('\\', '/'), hashes[i]);
        return files;
    }

    /** "size\tcrc" of the file's bytes. */
    private static String hash(Path file) {
        CRC32C crc = new CRC32C();
        long size = 0;
        byte[] buffer = new byte[1 << 14];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; size += n) crc.update(buffer, 0, n);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return SourceLoader.stamp(size, crc.getValue());
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    /**
     * Which Stemma this is: the CRC-32C of every class and resource it runs with (from the jar's
     * directory, which holds each entry's CRC, so nothing is decompressed), and the Java version.
     */
    private static String generator() throws IOException {
        Path code;
        try {
            code = Path.of(InputRecord.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
        CRC32C crc = new CRC32C();
        if (Files.isRegularFile(code)) {
            try (ZipFile jar = new ZipFile(code.toFile())) {
                jar.stream().forEach(e -> crc.update((e.getName() + "\t" + e.getCrc() + "\t" + e.getSize() + "\n")
                        .getBytes(StandardCharsets.UTF_8)));
            }
        } else if (Files.isDirectory(code)) {
            files(code).forEach((p, v) -> crc.update((p + "\t" + v + "\n").getBytes(StandardCharsets.UTF_8)));
        } else {
            return null;
        }
        return Long.toHexString(crc.getValue()) + "\t" + System.getProperty("java.version");
    }
}
