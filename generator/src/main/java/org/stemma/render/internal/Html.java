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

    /**
     * Runs of safe characters are appended whole: most text has nothing to escape. The text is
     * scanned as a char array, which the client compiler reads faster than char by char.
     */
    public static void escapeTo(StringBuilder b, CharSequence s) {
        int from = 0;
        int n = s.length();
        char[] chars = new char[n];
        s.toString().getChars(0, n, chars, 0);
        for (int i = 0; i < n; i++) {
            char c = chars[i];
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
        b.append(s, from, n);
    }
}
