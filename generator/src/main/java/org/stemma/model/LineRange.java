package org.stemma.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An inclusive range of 1-based source lines. */
public record LineRange(int first, int last) {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d+)\\s*(?:(?:-|–|\\.\\.)\\s*(\\d+)\\s*)?");

    public LineRange {
        if (first < 1 || last < first) throw new IllegalArgumentException("bad range " + first + "-" + last);
    }

    /** Parses "15", "15-25" or "15..25"; empty when the text is not such a range. */
    public static Optional<LineRange> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) return Optional.empty();
        try {
            int a = Integer.parseInt(m.group(1));
            int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
            if (a < 1 || b < a) return Optional.empty();
            return Optional.of(new LineRange(a, b));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean contains(int line) {
        return line >= first && line <= last;
    }

    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
