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

/** Per witness Markdown and plain text; per work the alignment as TSV and CSV. '\n' line ends throughout. */
public final class PlainExports {
    public static final List<String> COLUMNS = List.of("unit", "witness", "paragraph", "line", "text");
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
            for (int i = 0; i < row.size(); i++) out.append(i == 0 ? "" : "\t").append(tsvField(row.get(i)));
            out.append('\n');
        }
        return bytes(out);
    }

    /** RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes doubled); '\n' ends records. */
    public static byte[] csv(Work work) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (List<String> row : rows(work)) {
            for (int i = 0; i < row.size(); i++) out.append(i == 0 ? "" : ",").append(csvField(row.get(i)));
            out.append('\n');
        }
        return bytes(out);
    }

    static String tsvField(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /**
     * A backslash before what Markdown would read as markup: anywhere, any of \\ ` * _ [ ] < > | # ! ~;
     * at a line start (after blanks), - + = and the . or ) after a number. One pass; it escapes as the
     * regexes {@code ([\\`*_\[\]<>|#!~])}, {@code (?m)^(\s*)([-+=])}, {@code (?m)^(\s*\d+)([.)])} would, in turn.
     */
    static String escapeMarkdown(String s) {
        StringBuilder b = null;
        int copied = 0;
        boolean lineStart = true; // only blanks since a line start (java.util.regex's \s and line terminators)
        boolean number = false;   // only digits since such blanks
        int n = s.length();
        char[] chars = s.toCharArray(); // read faster than char by char by the client compiler
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            boolean escape = switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '!', '~' -> true;
                case '-', '+', '=' -> lineStart;
                case '.', ')' -> number;
                default -> false;
            };
            if (escape) {
                if (b == null) b = new StringBuilder(n + 16);
                b.append(s, copied, i).append('\\');
                copied = i;
            }
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                lineStart = true;
                number = false;
            } else if (c == ' ' || c == '\t' || c == '\u000B' || c == '\f') {
                number = false;
            } else if (c >= '0' && c <= '9') {
                number |= lineStart;
                lineStart = false;
            } else {
                lineStart = false;
                number = false;
            }
        }
        return b == null ? s : b.append(s, copied, n).toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static byte[] bytes(StringBuilder sb) {
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
