package org.stemma.render.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative links in note bodies are written relative to the site root
 * ({@code statement/en/index.html#p2}); each page that shows the note prefixes its way back to the root.
 */
public final class NoteLinks {
    private static final Pattern HREF = Pattern.compile("href=\"(?![a-zA-Z][a-zA-Z0-9+.-]*:|#|/)");

    private NoteLinks() {
    }

    public static String rebase(String html, String root) {
        if (root.isEmpty() || !html.contains("href=\"")) return html;
        return HREF.matcher(html).replaceAll(Matcher.quoteReplacement("href=\"" + root));
    }
}
