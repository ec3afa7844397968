package org.stemma.check;

import org.stemma.diagnostics.Diagnostics;
import org.stemma.diagnostics.Location;
import org.stemma.model.Note;
import org.stemma.model.Paragraph;
import org.stemma.model.Witness;
import org.stemma.model.Work;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative links in note bodies must reach a page of the site (and an anchor on it, when one is
 * given). Links are written from the site's root ({@code statement/en/index.html#p2}): each page
 * showing the note rebases them (render.internal.NoteLinks).
 */
public final class NoteLinks {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern ABSOLUTE = Pattern.compile("(?i)[a-z][a-z0-9+.-]*:.*");
    private final Path contentDir;

    public NoteLinks(Path contentDir) {
        this.contentDir = contentDir;
    }

    public void check(List<Work> works, Collection<String> sourceFiles, Diagnostics out) {
        check(works, sourceFiles, null, out);
    }

    /**
     * The same for the links in the notes of the works in {@code notesOf} only (null: every work's),
     * still against every page: what {@code serve} checks after reloading some works, with
     * {@link #linkedFolders} telling which other works' notes link into them.
     */
    public void check(List<Work> works, Collection<String> sourceFiles, Set<String> notesOf, Diagnostics out) {
        Pages pages = new Pages(works, sourceFiles);
        for (Work w : works) {
            if (notesOf != null && !notesOf.contains(w.id())) continue;
            for (Note n : w.notes()) {
                String from = "index.html";
                for (String html : n.html().values()) {
                    Matcher m = HREF.matcher(html);
                    while (m.find()) {
                        String href = m.group(1).replace("&amp;", "&");
                        String problem = problem(from, href, pages);
                        if (problem != null) out.error(locate(n.file(), href), problem);
                    }
                }
            }
        }
    }

    /**
     * The first folder of every page the work's notes link to ({@code statement} for
     * {@code statement/en/index.html}), "*" for a link that cannot be resolved: the works whose
     * change may break a link in this one.
     */
    public static Set<String> linkedFolders(Work w) {
        Set<String> folders = new java.util.TreeSet<>();
        for (Note n : w.notes()) {
            for (String html : n.html().values()) {
                Matcher m = HREF.matcher(html);
                while (m.find()) {
                    String target;
                    try {
                        target = target("index.html", m.group(1).replace("&amp;", "&"));
                    } catch (IllegalArgumentException e) {
                        folders.add("*");
                        continue;
                    }
                    int slash = target == null ? -1 : target.indexOf('/');
                    if (slash > 0) folders.add(target.substring(0, slash));
                }
            }
        }
        return folders;
    }

    /** The page a relative link reaches from {@code from}, or null for an absolute or empty one. */
    private static String target(String from, String href) {
        if (href.isEmpty() || ABSOLUTE.matcher(href).matches()) return null; // absolute: not ours to check
        int hash = href.indexOf('#');
        String path = hash >= 0 ? href.substring(0, hash) : href;
        return path.isEmpty() ? from : URI.create("x:/" + from).resolve(path.replace(" ", "%20")).getPath().substring(1);
    }

    /** The site's pages and their anchors, worked out only for the pages links point to. */
    private static final class Pages {
        private final Map<String, Work> works = new HashMap<>();
        private final Collection<String> sources;
        private final Map<String, Set<String>> anchors = new HashMap<>();

        Pages(List<Work> all, Collection<String> sourceFiles) {
            for (Work w : all) works.put(w.id(), w);
            this.sources = sourceFiles instanceof Set<String> set ? set : new HashSet<>(sourceFiles);
        }

        /** The work a page belongs to, or null. */
        String workOf(String page) {
            int slash = page.indexOf('/');
            return slash < 0 || !works.containsKey(page.substring(0, slash)) ? null : page.substring(0, slash);
        }

        /** The page's anchors (empty: any fragment is accepted), or null when the site has no such page. */
        Set<String> get(String page) {
            Set<String> ids = anchors.computeIfAbsent(page, this::workPage);
            if (ids != null) return ids;
            return page.equals("index.html") || sourcePage(page) ? Set.of() : null;
        }

        private boolean sourcePage(String page) {
            if (page.startsWith("sources/raw/") && sources.contains(page.substring("sources/raw/".length()))) return true;
            return page.startsWith("sources/") && page.endsWith(".html")
                    && sources.contains(page.substring("sources/".length(), page.length() - ".html".length()));
        }

        private Set<String> workPage(String page) {
            String id = workOf(page);
            if (id == null) return null;
            Work w = works.get(id);
            String rest = page.substring(id.length() + 1);
            if (rest.equals("parallel.html")) return anchors(w);
            if (rest.equals("notes.html")) return Set.of();
            Set<String> ids = null;
            for (Witness wi : w.witnesses()) {
                if (!rest.equals(wi.id() + "/index.html")) continue;
                ids = new HashSet<>();
                for (Paragraph p : wi.paragraphs()) {
                    ids.add(p.anchor());
                    for (String u : p.units()) ids.add("p" + u);
                }
            }
            return ids;
        }
    }

    private static Set<String> anchors(Work w) {
        Set<String> ids = new HashSet<>();
        for (Witness wi : w.witnesses()) for (Paragraph p : wi.paragraphs()) for (String u : p.units()) ids.add("u" + u);
        return ids;
    }

    private static String problem(String from, String href, Pages pages) {
        String target = target(from, href);
        if (target == null) return null;
        int hash = href.indexOf('#');
        String fragment = hash >= 0 ? href.substring(hash + 1) : null;
        Set<String> ids = pages.get(target);
        if (ids == null) return "link '" + href + "' points to no page of the site (links in notes are written from the site\'s root, e.g. statement/en/index.html#p2)";
        if (fragment != null && !fragment.isEmpty() && !ids.contains(fragment) && !ids.isEmpty()) {
            return "link '" + href + "': " + target + " has no anchor '#" + fragment + "'";
        }
        return null;
    }

    /** The line and column of the link's text in the note file, or the file's first line. */
    private Location locate(String file, String href) {
        try {
            // Note files carry their display path (relative to the working directory, or absolute).
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                int col = lines.get(i).indexOf("(" + href);
                if (col >= 0) return new Location(file, i + 1, col + 2);
            }
        } catch (IOException | RuntimeException ignored) {
            // The note was read a moment ago; if it is gone, the file alone still says where to look.
        }
        return new Location(file, 1, 1);
    }
}
