package org.stemma.editorial.internal;

import org.stemma.diagnostics.Diagnostics;
import org.stemma.diagnostics.Suggest;
import org.stemma.diagnostics.Location;
import org.stemma.editorial.NoteDecl;
import org.stemma.editorial.TargetDecl;
import org.stemma.model.LineRange;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one note file: YAML front matter between {@code ---} lines, then a Markdown body in the
 * note's language, then optional bodies in other languages, each opened by a line
 * {@code ::: {lang=ru}} and closed by {@code :::} (Pandoc's fenced-div syntax).
 */
final class NoteReader {
    static final Set<String> TYPES = Set.of("sic", "commentary", "gloss", "variant", "paratext", "editorial");
    private static final Set<String> KEYS = Set.of("id", "type", "witness", "target", "lang");
    private static final Set<String> TARGET_KEYS = Set.of("witness", "source", "line", "lines", "paragraph",
            "quote", "prefix", "suffix");
    private static final Pattern LANG_OPEN = Pattern.compile("^:::\\s*\\{\\s*lang\\s*=\\s*\"?([A-Za-z0-9-]+)\"?\\s*}\\s*$");

    private final ContentFiles files;
    private final Diagnostics out;
    private final String defaultLang;

    NoteReader(ContentFiles files, Diagnostics out, String defaultLang) {
        this.files = files;
        this.out = out;
        this.defaultLang = defaultLang;
    }

    Optional<NoteDecl> read(Path file) {
        String path = files.display(file);
        String text = files.read(file).replace("\r\n", "\n");
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            out.error(new Location(path, 1, 1), "a note starts with front matter: a line '---', then 'type:' and 'target:', then '---'");
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            out.error(new Location(path, 1, 1), "the front matter is never closed: add a line '---' after it");
            return Optional.empty();
        }
        String yaml = String.join("\n", lines.subList(1, close));
        Optional<Fields> of = Fields.of(LocatedYaml.parse(path, yaml, 1, false), new java.util.TreeSet<>(KEYS), out, "note");
        if (of.isEmpty()) return Optional.empty();
        Fields f = of.get();
        String fileId = ContentFiles.baseName(file);
        String id = f.id("id", false).orElse(fileId);
        Optional<String> type = f.requiredText("type");
        if (type.isPresent() && !TYPES.contains(type.get())) {
            out.error(f.locationOf("type"), "unknown note type '" + type.get() + "'" + Suggest.didYouMean(type.get(), TYPES)
                    + "; types: " + String.join(", ", new java.util.TreeSet<>(TYPES)));
        }
        String lang = f.text("lang").orElse(defaultLang);
        LanguageTags.check(lang, f.locationOf("lang"), out);
        Optional<TargetDecl> target = target(f);
        Map<String, String> bodies = bodies(path, lines, close + 1, lang);
        if (bodies.getOrDefault(lang, "").isBlank()) {
            out.error(new Location(path, close + 2, 1), "the note has no text: write it in Markdown after the front matter");
        }
        if (type.isEmpty() || target.isEmpty()) return Optional.empty();
        return Optional.of(new NoteDecl(id, type.get(), f.text("witness").orElse(null), target.get(), lang,
                bodies, path, f.location()));
    }

    private Optional<TargetDecl> target(Fields note) {
        Optional<Node> n = note.node("target");
        if (n.isEmpty()) {
            note.diagnostics().error(note.location(), "note has no 'target': give a witness or source and a quote, paragraph or lines");
            return Optional.empty();
        }
        Optional<Fields> of = Fields.of(n.get(), new java.util.TreeSet<>(TARGET_KEYS), out, "target");
        if (of.isEmpty()) return Optional.empty();
        Fields t = of.get();
        String witness = t.text("witness").orElse(null);
        String source = t.text("source").orElse(null);
        if ((witness == null) == (source == null)) {
            out.error(t.location(), "a target names either a 'witness' or a 'source', not " + (witness == null ? "neither" : "both"));
            return Optional.empty();
        }
        LineRange lines = null;
        String lineKey = t.node("line").isPresent() ? "line" : "lines";
        List<LineRange> ranges = WorkReader.ranges(t, lineKey);
        if (ranges.size() > 1) out.error(t.locationOf(lineKey), "a target takes one line range");
        if (!ranges.isEmpty()) lines = ranges.get(0);
        Integer paragraph = null;
        Optional<String> p = t.text("paragraph");
        if (p.isPresent()) {
            try {
                paragraph = Integer.parseInt(p.get().trim());
            } catch (NumberFormatException e) {
                out.error(t.locationOf("paragraph"), "'paragraph' must be a paragraph number (1, 2, 3…)");
                return Optional.empty();
            }
            if (witness == null) out.error(t.locationOf("paragraph"), "'paragraph' needs 'witness', not 'source'");
        }
        String quote = t.text("quote").orElse(null);
        if (quote != null && quote.isEmpty()) {
            out.error(t.locationOf("quote"), "'quote' is empty: copy the exact words the note is about");
            return Optional.empty();
        }
        if (quote == null && paragraph == null && lines == null) {
            out.error(t.location(), "the target needs a 'quote', a 'paragraph' or 'lines'");
            return Optional.empty();
        }
        return Optional.of(new TargetDecl(witness, source, lines, paragraph, quote, t.text("prefix").orElse(""),
                t.text("suffix").orElse(""), t.locationOf("quote"), t.location()));
    }

    private Map<String, String> bodies(String path, List<String> lines, int start, String lang) {
        Map<String, StringBuilder> bodies = new LinkedHashMap<>();
        bodies.put(lang, new StringBuilder());
        String current = lang;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = LANG_OPEN.matcher(line);
            if (m.matches()) {
                current = m.group(1);
                LanguageTags.check(current, new Location(path, i + 1, 1), out);
                if (bodies.containsKey(current)) out.error(new Location(path, i + 1, 1), "a second body in '" + current + "'");
                bodies.put(current, new StringBuilder());
            } else if (line.strip().equals(":::") && !current.equals(lang)) {
                current = lang;
            } else {
                bodies.get(current).append(line).append('\n');
            }
        }
        Map<String, String> result = new LinkedHashMap<>();
        bodies.forEach((k, v) -> result.put(k, v.toString().strip()));
        return result;
    }
}
