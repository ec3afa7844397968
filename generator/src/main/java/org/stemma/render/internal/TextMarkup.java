package org.stemma.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one verbatim source line into safe HTML: escaped text, quoted passages marked, a footnote
 * marker after each note's quote, and bare http(s) URLs made into links.
 */
public final class TextMarkup {
    private static final Pattern URL = Pattern.compile("https?://[^\\s()<>\"'«»“”]+[^\\s()<>\"'«»“”.,;:!?]");

    /** A note on this line: code point offsets, end exclusive. */
    public record Mark(String noteId, int number, int start, int end) {
    }

    private TextMarkup() {
    }

    public static String line(String text, List<Mark> marks) {
        if (marks.isEmpty()) {
            StringBuilder b = new StringBuilder(text.length() + 16);
            linkify(b, text);
            return b.toString();
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        List<int[]> spans = new ArrayList<>();
        for (Mark m : marks) {
            int s = text.offsetByCodePoints(0, m.start());
            int e = text.offsetByCodePoints(0, m.end());
            spans.add(new int[]{s, e});
            cuts.add(s);
            cuts.add(e);
        }
        StringBuilder b = new StringBuilder(text.length() + 64);
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            List<Mark> active = new ArrayList<>();
            for (int i = 0; i < marks.size(); i++) {
                if (spans.get(i)[0] <= from && spans.get(i)[1] >= to) active.add(marks.get(i));
            }
            String segment = text.substring(from, to);
            if (active.isEmpty()) {
                linkify(b, segment);
            } else {
                b.append("<mark class=\"noted\" data-notes=\"");
                for (int i = 0; i < active.size(); i++) b.append(i == 0 ? "" : " ").append(Html.escape(active.get(i).noteId()));
                b.append("\">");
                Html.escapeTo(b, segment);
                b.append("</mark>");
            }
            for (int i = 0; i < marks.size(); i++) if (spans.get(i)[1] == to) marker(b, marks.get(i));
            from = to;
        }
        return b.toString();
    }

    /** The footnote marker: a link to the note, with an id the note links back to. */
    public static void marker(StringBuilder b, Mark m) {
        String id = Html.escape(m.noteId());
        b.append("<sup class=\"note-ref\"><a id=\"r-").append(id).append("\" href=\"#n-").append(id)
                .append("\" data-note=\"").append(id).append("\">").append(m.number()).append("</a></sup>");
    }

    private static void linkify(StringBuilder b, String text) {
        if (!text.contains("://")) { // no URL can match: most lines
            Html.escapeTo(b, text);
            return;
        }
        Matcher m = URL.matcher(text);
        int at = 0;
        while (m.find()) {
            Html.escapeTo(b, text.substring(at, m.start()));
            String url = Html.escape(m.group());
            b.append("<a class=\"ext\" rel=\"noopener noreferrer\" href=\"").append(url).append("\">").append(url).append("</a>");
            at = m.end();
        }
        Html.escapeTo(b, text.substring(at));
    }
}
