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
    private final Path contentDir;

    public NoteLinks(Path contentDir) {
        this.contentDir = contentDir;
    }

    public void check(List<Work> works, Collection<String> sourceFiles, Diagnostics out) {
        Map<String, Set<String>> pages = new HashMap<>();
        pages.put("index.html", Set.of());
        for (String s : sourceFiles) {
            pages.put("sources/" + s + ".html", Set.of());
            pages.put("sources/raw/" + s, Set.of());
        }
        for (Work w : works) {
            pages.put(w.id() + "/parallel.html", new HashSet<>(anchors(w)));
            pages.put(w.id() + "/notes.html", Set.of());
            for (Witness wi : w.witnesses()) {
                Set<String> ids = new HashSet<>();
                for (Paragraph p : wi.paragraphs()) {
                    ids.add(p.anchor());
                    for (String u : p.units()) ids.add("p" + u);
                }
                pages.put(w.id() + "/" + wi.id() + "/index.html", ids);
            }
        }
        for (Work w : works) {
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

    private static Set<String> anchors(Work w) {
        Set<String> ids = new HashSet<>();
        for (Witness wi : w.witnesses()) for (Paragraph p : wi.paragraphs()) for (String u : p.units()) ids.add("u" + u);
        return ids;
    }

    private static String problem(String from, String href, Map<String, Set<String>> pages) {
        if (href.isEmpty() || href.matches("(?i)[a-z][a-z0-9+.-]*:.*")) return null; // absolute: not ours to check
        String path = href, fragment = null;
        int hash = href.indexOf('#');
        if (hash >= 0) {
            path = href.substring(0, hash);
            fragment = href.substring(hash + 1);
        }
        String target = path.isEmpty() ? from : URI.create("x:/" + from).resolve(path.replace(" ", "%20")).getPath().substring(1);
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
