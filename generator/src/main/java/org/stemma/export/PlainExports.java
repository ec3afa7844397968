package org.stemma.export;

import org.stemma.model.Paragraph;
import org.stemma.model.Unit;
import org.stemma.model.Witness;
import org.stemma.model.Work;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Per witness Markdown and plain text; per work the alignment as TSV and CSV. '\n' line ends throughout. */
public final class PlainExports {
    public static final List<String> COLUMNS = List.of("unit", "witness", "paragraph", "line", "text");
    /** Characters Markdown would read as markup anywhere in a line. */
    private static final Pattern MD_INLINE = Pattern.compile("([\\\\`*_\\[\\]<>|#!~])");
    /** Line starts Markdown would read as a list, quote or heading. */
    private static final Pattern MD_START = Pattern.compile("(?m)^(\\s*)([-+=])");
    private static final Pattern MD_NUMBERED = Pattern.compile("(?m)^(\\s*\\d+)([.)])");

    private PlainExports() {
    }

    public static byte[] markdown(Witness w, String sourceSha256) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escapeMarkdown(w.title())).append("\n\n");
        out.append("- language: ").append(w.lang()).append('\n');
        out.append("- kind: ").append(w.kind()).append('\n');
        out.append("- source: ").append(escapeMarkdown(w.source())).append(" (SHA-256 ").append(sourceSha256).append(")\n");
        w.provenance().forEach((k, v) -> out.append("- ").append(escapeMarkdown(k)).append(": ").append(escapeMarkdown(oneLine(v))).append('\n'));
        for (Paragraph p : w.paragraphs()) {
            out.append('\n').append(escapeMarkdown(p.text())).append('\n');
        }
        return bytes(out);
    }

    public static byte[] text(Witness w, String sourceSha256) {
        StringBuilder out = new StringBuilder();
        out.append(w.title()).append('\n');
        out.append(w.lang()).append(", ").append(w.kind()).append(", ").append(w.source())
                .append(" (SHA-256 ").append(sourceSha256).append(")\n");
        for (Paragraph p : w.paragraphs()) out.append('\n').append(p.text()).append('\n');
        return bytes(out);
    }

    /** Rows: each unit's members in unit order, then the paragraphs that belong to no unit, in witness order. */
    public static List<List<String>> rows(Work work) {
        Map<String, Paragraph> byId = new HashMap<>();
        work.witnesses().forEach(w -> w.paragraphs().forEach(p -> byId.put(p.id(), p)));
        List<List<String>> rows = new ArrayList<>();
        for (Unit u : work.units()) {
            for (String pid : u.paragraphs()) {
                Paragraph p = byId.get(pid);
                rows.add(List.of(u.id(), p.witness(), p.id(), Integer.toString(p.lines().first()), p.text()));
            }
        }
        for (Witness w : work.witnesses()) {
            for (Paragraph p : w.paragraphs()) {
                if (p.units().isEmpty()) rows.add(List.of("", w.id(), p.id(), Integer.toString(p.lines().first()), p.text()));
            }
        }
        return rows;
    }

    /** Tab-separated; backslash, tab, newline and carriage return inside a field written as \\, \t, \n, \r. */
    public static byte[] tsv(Work work) {
        StringBuilder out = new StringBuilder(String.join("\t", COLUMNS)).append('\n');
        for (List<String> row : rows(work)) {
            out.append(String.join("\t", row.stream().map(PlainExports::tsvField).toList())).append('\n');
        }
        return bytes(out);
    }

    /** RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes doubled); '\n' ends records. */
    public static byte[] csv(Work work) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (List<String> row : rows(work)) {
            out.append(String.join(",", row.stream().map(PlainExports::csvField).toList())).append('\n');
        }
        return bytes(out);
    }

    static String tsvField(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String escapeMarkdown(String s) {
        String inline = MD_INLINE.matcher(s).replaceAll("\\\\$1");
        String starts = MD_START.matcher(inline).replaceAll("$1\\\\$2");
        return MD_NUMBERED.matcher(starts).replaceAll("$1\\\\$2");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static byte[] bytes(StringBuilder sb) {
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
