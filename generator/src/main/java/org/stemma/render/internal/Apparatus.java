package org.stemma.render.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.stemma.model.Paragraph;
import org.stemma.model.Witness;
import org.stemma.model.Work;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word-level comparison of a witness with the first witness of its own language (the base when it
 * shares the language): per paragraph an inline {@code <del>/<ins>} reading, per witness the share
 * of its words that differ. Witnesses in languages no other witness shares get none.
 */
public final class Apparatus {
    /** One paragraph compared: escaped HTML with the differences marked, and word counts. */
    public record Comparison(String html, int words, int changed) {
    }

    private Apparatus() {
    }

    /** The witness this one is compared with, or null: the first witness in the work's order with the same language. */
    public static Witness referenceFor(Work work, Witness w) {
        Witness base = work.witnesses().stream().filter(x -> x.id().equals(work.base())).findFirst().orElse(null);
        if (base != null && base != w && base.lang().equals(w.lang())) return base;
        if (base == w) return null;
        for (Witness x : work.witnesses()) {
            if (x.lang().equals(w.lang())) return x == w ? null : x;
        }
        return null;
    }

    /** The reference's text for the units this paragraph carries, or null when it has none of them. */
    public static String referenceText(Witness ref, Paragraph p) {
        if (p.units().isEmpty()) return null;
        Set<Paragraph> hits = new LinkedHashSet<>();
        for (Paragraph q : ref.paragraphs()) {
            for (String u : p.units()) if (q.units().contains(u)) hits.add(q);
        }
        if (hits.isEmpty()) return null;
        return String.join("\n", hits.stream().map(Paragraph::text).toList());
    }

    public static Comparison compare(String reference, String text) {
        List<String> a = words(reference);
        List<String> b = words(text);
        Patch<String> patch = DiffUtils.diff(a, b);
        StringBuilder out = new StringBuilder();
        int changed = 0;
        int at = 0; // next word of the reference not yet written
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int from = d.getSource().getPosition();
            append(out, a.subList(at, from), null);
            append(out, d.getSource().getLines(), "del");
            append(out, d.getTarget().getLines(), "ins");
            changed += d.getTarget().getLines().size();
            at = from + d.getSource().getLines().size();
        }
        append(out, a.subList(at, a.size()), null);
        return new Comparison(out.toString().strip(), b.size(), changed);
    }

    private static void append(StringBuilder out, List<String> ws, String tag) {
        if (ws.isEmpty()) return;
        if (out.length() > 0) out.append(' ');
        if (tag != null) out.append('<').append(tag).append('>');
        Html.escapeTo(out, String.join(" ", ws));
        if (tag != null) out.append("</").append(tag).append('>');
    }

    /** Unicode white space, including no-break spaces (U+00A0, U+202F) that edited copies put around emoji. */
    private static final Pattern SPACE = Pattern.compile("(?U)\\s+");

    static List<String> words(String s) {
        List<String> out = new ArrayList<>(Arrays.asList(SPACE.split(s)));
        out.removeIf(String::isEmpty);
        return out;
    }

    /** Whole percent, rounded half up, of words changed; "0" for an empty witness. */
    public static String percent(long changed, long words) {
        if (words == 0) return "0";
        return Long.toString((changed * 200 + words) / (words * 2));
    }
}
