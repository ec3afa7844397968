package org.stemma.serve;

import org.stemma.diagnostics.Diagnostic;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The page `serve` shows instead of the site while the edition does not build. */
final class ErrorPage {
    private ErrorPage() {
    }

    static byte[] html(List<Diagnostic> problems, String crash) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Stemma: the edition does not build</title></head><body><h1>The edition does not build</h1>"
                + "<p>Fix these and save; this page reloads by itself.</p><ul id=\"diagnostics\">");
        for (Diagnostic d : problems) b.append("<li><code>").append(escape(d.toString())).append("</code></li>");
        if (crash != null) b.append("<li><code>internal error: ").append(escape(crash)).append("</code></li>");
        return b.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
