package org.stemma.export;

import org.stemma.model.Paragraph;
import org.stemma.model.Unit;
import org.stemma.model.Witness;
import org.stemma.model.Work;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Per witness Markdown and plain text; per work the alignment as TSV and CSV. '\n' line ends throughout. */
public final class PlainExports {
    public static final List<String> COLUMNS = List.of("unit", "witness", "paragraph", "line", "text");
    private PlainExports() {
    }

    public static void markdown(Witness w, String sourceSha256, OutputStream out) throws IOException {
        put(out, "# ", escapeMarkdown(w.title()), "\n\n- language: ", w.lang(), "\n- kind: ", w.kind(),
                "\n- source: ", escapeMarkdown(w.source()), " (SHA-256 ", sourceSha256, ")\n");
        for (Map.Entry<String, String> e : w.provenance().entrySet()) {
            put(out, "- ", escapeMarkdown(e.getKey()), ": ", escapeMarkdown(oneLine(e.getValue())), "\n");
        }
        for (Paragraph p : w.paragraphs()) put(out, "\n", escapeMarkdown(p.text()), "\n");
    }

    public static void text(Witness w, String sourceSha256, OutputStream out) throws IOException {
        put(out, w.title(), "\n", w.lang(), ", ", w.kind(), ", ", w.source(), " (SHA-256 ", sourceSha256, ")\n");
        for (Paragraph p : w.paragraphs()) put(out, "\n", p.text(), "\n");
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
    public static void tsv(Work work, OutputStream out) throws IOException {
        table(work, '\t', PlainExports::tsvField, out);
    }

    /** RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes doubled); '\n' ends records. */
    public static void csv(Work work, OutputStream out) throws IOException {
        table(work, ',', PlainExports::csvField, out);
    }

    private static void table(Work work, char separator, UnaryOperator<String> field, OutputStream out) throws IOException {
        put(out, String.join(String.valueOf(separator), COLUMNS), "\n");
        for (List<String> row : rows(work)) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) out.write(separator);
                put(out, field.apply(row.get(i)));
            }
            out.write('\n');
        }
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

    /**
     * Each piece encoded once, straight into the file: building the whole file in a StringBuilder
     * first copied every text twice more (and as UTF-16 once one character was not Latin-1).
     */
    private static void put(OutputStream out, String... pieces) throws IOException {
        for (String piece : pieces) out.write(piece.getBytes(StandardCharsets.UTF_8));
    }
}
