package org.stemma.render;

/**
 * Site paths. Every link is relative and names a file (never a bare folder), so the site works
 * from {@code file://} as well as from a server.
 */
public final class Links {
    private Links() {
    }

    public static String witness(String work, String witness) {
        return work + "/" + witness + "/index.html";
    }

    /** A work's own page, with its witnesses, sources and downloads: made when the edition has several works. */
    public static String work(String work) {
        return work + "/index.html";
    }

    public static String parallel(String work) {
        return work + "/parallel.html";
    }

    public static String notes(String work) {
        return work + "/notes.html";
    }

    public static String source(String file) {
        return "sources/" + file + ".html";
    }

    public static String rawSource(String file) {
        return "sources/raw/" + file;
    }

    /** "../../" for a page at "a/b/index.html": the way back to the site root. */
    public static String rootFrom(String pagePath) {
        int depth = (int) pagePath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
