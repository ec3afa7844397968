package org.stemma.render.internal;

/** Minimal HTML escaping for markup built in Java (paragraph text with note markers). */
public final class Html {
    private Html() {
    }

    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        escapeTo(b, s);
        return b.toString();
    }

    /** Runs of safe characters are appended whole: most text has nothing to escape. */
    public static void escapeTo(StringBuilder b, CharSequence s) {
        int from = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c > '>') continue; // past every character escaped
            String entity = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                b.append(s, from, i).append(entity);
                from = i + 1;
            }
        }
        b.append(s, from, s.length());
    }
}
