package org.stemma.editorial.internal;

import org.stemma.diagnostics.Diagnostics;
import org.stemma.diagnostics.Suggest;
import org.stemma.diagnostics.Location;
import org.stemma.editorial.NoteDecl;
import org.stemma.editorial.ParatextDecl;
import org.stemma.editorial.WitnessAlignmentDecl;
import org.stemma.editorial.WitnessDecl;
import org.stemma.editorial.WorkDecl;
import org.stemma.model.LineRange;
import org.stemma.model.ParagraphRule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one work folder: {@code work.yaml}, {@code witnesses/}, {@code paratext.yaml}, {@code alignment.yaml}, {@code notes/}. */
public final class WorkReader {
    static final Set<String> WORK_KEYS = Set.of("title", "base", "witnesses");
    static final Set<String> WITNESS_KEYS = Set.of("id", "lang", "title", "kind", "source", "lines", "paragraphs", "provenance");
    static final Set<String> PARATEXT_KEYS = Set.of("source", "lines", "kind", "description");

    private final ContentFiles files;
    private final Diagnostics out;
    private final String defaultLang;

    public WorkReader(ContentFiles files, Diagnostics out, String defaultLang) {
        this.files = files;
        this.out = out;
        this.defaultLang = defaultLang;
    }

    public Optional<WorkDecl> read(String id, Path dir, Location declaredAt) {
        Optional<Path> workFile = files.find(dir, "work");
        if (workFile.isEmpty()) {
            out.error(declaredAt, "work '" + id + "' has no " + files.display(dir.resolve("work.yaml"))
                    + ": create it with 'title:' and 'base:'");
            return Optional.empty();
        }
        Optional<Fields> f = Fields.of(files.parse(workFile.get()), sorted(WORK_KEYS), out, "work");
        if (f.isEmpty()) return Optional.empty();
        Map<String, String> title = f.get().localized("title", defaultLang);
        if (title.isEmpty()) out.error(f.get().location(), "work '" + id + "' has no 'title'");
        Optional<String> base = f.get().id("base", true);
        List<String> order = f.get().texts("witnesses");

        List<WitnessDecl> witnesses = readWitnesses(dir.resolve("witnesses"), order, f.get().locationOf("witnesses"));
        List<ParatextDecl> paratext = files.find(dir, "paratext").map(this::readParatext).orElse(List.of());
        Map<String, WitnessAlignmentDecl> alignment = files.find(dir, "alignment")
                .map(p -> new AlignmentReader(files, out).read(p)).orElse(Map.of());
        List<NoteDecl> notes = new ArrayList<>();
        NoteReader noteReader = new NoteReader(files, out, defaultLang);
        for (Path p : files.list(dir.resolve("notes"), ".md")) {
            noteReader.read(p).ifPresent(notes::add);
        }
        return Optional.of(new WorkDecl(id, title, base.orElse(""), witnesses, paratext, alignment, notes,
                files.display(dir), f.get().locationOf("base"), f.get().location()));
    }

    /** Witness files in the order {@code work.yaml} lists them; unlisted ones follow by name. */
    private List<WitnessDecl> readWitnesses(Path dir, List<String> order, Location orderAt) {
        Map<String, Path> byId = new LinkedHashMap<>();
        for (Path p : files.list(dir, ".yaml", ".yml", ".json")) {
            byId.put(ContentFiles.baseName(p), p);
        }
        if (byId.isEmpty()) {
            out.error(orderAt, "no witnesses: add one file per witness in " + files.display(dir));
        }
        List<String> ids = new ArrayList<>();
        for (String id : order) {
            if (!byId.containsKey(id)) {
                out.error(orderAt, "witness '" + id + "' is listed but " + files.display(dir.resolve(id + ".yaml"))
                        + " does not exist" + Suggest.didYouMean(id, byId.keySet()));
            } else if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        for (String id : byId.keySet()) if (!ids.contains(id)) ids.add(id);
        List<WitnessDecl> result = new ArrayList<>();
        for (String id : ids) readWitness(id, byId.get(id)).ifPresent(result::add);
        return result;
    }

    private Optional<WitnessDecl> readWitness(String fileId, Path file) {
        Optional<Fields> of = Fields.of(files.parse(file), sorted(WITNESS_KEYS), out, "witness");
        if (of.isEmpty()) return Optional.empty();
        Fields f = of.get();
        String id = f.id("id", false).orElse(fileId);
        if (!id.equals(fileId)) {
            out.error(f.locationOf("id"), "witness id '" + id + "' differs from its file name '" + fileId
                    + "': rename the file or drop 'id'");
        }
        Optional<String> lang = f.requiredText("lang");
        lang.ifPresent(l -> LanguageTags.check(l, f.locationOf("lang"), out));
        Optional<String> title = f.requiredText("title");
        Optional<String> kind = f.requiredText("kind");
        Optional<String> source = f.requiredText("source");
        List<LineRange> lines = ranges(f, "lines");
        if (lines.isEmpty() && f.node("lines").isEmpty()) {
            out.error(f.location(), "witness has no 'lines': say which lines of the source form it, e.g. 'lines: 15-25'");
        }
        ParagraphRule rule = ParagraphRule.LINE;
        Optional<String> p = f.text("paragraphs");
        if (p.isPresent()) {
            switch (p.get()) {
                case "line" -> rule = ParagraphRule.LINE;
                case "block" -> rule = ParagraphRule.BLOCK;
                default -> out.error(f.locationOf("paragraphs"), "'paragraphs' must be 'line' (every non-blank line is a paragraph) "
                        + "or 'block' (blank lines separate paragraphs), found '" + p.get() + "'");
            }
        }
        if (lang.isEmpty() || title.isEmpty() || kind.isEmpty() || source.isEmpty() || lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WitnessDecl(id, lang.get(), title.get(), kind.get(), source.get(), lines, rule,
                f.textMap("provenance"), files.display(file), f.locationOf("source"), f.locationOf("lines"), f.location()));
    }

    private List<ParatextDecl> readParatext(Path file) {
        Node root = files.parse(file);
        List<Node> entries;
        if (root instanceof Node.Sequence s) {
            entries = s.items();
        } else {
            out.error(root.location(), "paratext must be a list of entries ('- source: …')");
            return List.of();
        }
        List<ParatextDecl> result = new ArrayList<>();
        for (Node n : entries) {
            Optional<Fields> of = Fields.of(n, sorted(PARATEXT_KEYS), out, "paratext entry");
            if (of.isEmpty()) continue;
            Fields f = of.get();
            Optional<String> source = f.requiredText("source");
            List<LineRange> lines = ranges(f, "lines");
            if (lines.isEmpty() && f.node("lines").isEmpty()) out.error(f.location(), "paratext entry has no 'lines'");
            Optional<String> kind = f.requiredText("kind");
            Optional<String> description = f.requiredText("description");
            if (source.isEmpty() || kind.isEmpty() || description.isEmpty()) continue;
            for (LineRange r : lines) {
                result.add(new ParatextDecl(source.get(), r, kind.get(), description.get(), f.location()));
            }
        }
        return result;
    }

    /** "15-25", 15, or a list of such. */
    static List<LineRange> ranges(Fields f, String key) {
        List<LineRange> result = new ArrayList<>();
        for (Node n : f.list(key)) {
            Optional<LineRange> r = n instanceof Node.Scalar s ? LineRange.parse(s.text()) : Optional.empty();
            if (r.isPresent()) result.add(r.get());
            else f.diagnostics().error(n.location(), "'" + key + "' must be a line number or a range like 15-25, found "
                    + n.describe());
        }
        return result;
    }

    static Set<String> sorted(Set<String> keys) {
        return new java.util.TreeSet<>(keys);
    }
}
