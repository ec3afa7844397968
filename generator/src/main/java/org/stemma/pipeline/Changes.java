package org.stemma.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a burst of file events touched, in the terms a rebuild needs: some works (a file under
 * {@code works/<id>/}), some sources (a file directly in {@code sources/}), the templates, or
 * everything (edition.yaml, sources.yaml, a work folder added or removed, anything not attributable).
 * Hidden files and folders (editors' swap files, .git) are read by no stage and change nothing.
 * {@code serve} attributes watched file events with it, {@code build} the differences from its input record.
 */
public record Changes(boolean everything, boolean templates, Set<String> works, Set<String> sources) {
    public static final Changes NONE = new Changes(false, false, Set.of(), Set.of());
    public static final Changes ALL = new Changes(true, true, Set.of(), Set.of());

    /**
     * @param templates the templates folder, or null for the built-in ones
     * @param knownWorks the ids of the works in the edition served now
     */
    public static Changes of(Set<Path> paths, Path content, Path templates, Set<String> knownWorks) {
        Path root = content.toAbsolutePath().normalize();
        Path tpl = templates == null ? null : templates.toAbsolutePath().normalize();
        boolean everything = false, tplChanged = false;
        Set<String> works = new TreeSet<>(), sources = new TreeSet<>();
        for (Path changed : paths) {
            Path p = changed.toAbsolutePath().normalize();
            if (tpl != null && p.startsWith(tpl)) {
                tplChanged = true;
                continue;
            }
            if (!p.startsWith(root) || p.equals(root)) {
                everything = true;
                continue;
            }
            Path rel = root.relativize(p);
            if (hidden(rel)) continue;
            String top = rel.getName(0).toString();
            int depth = rel.getNameCount();
            if (top.equals("sources") && depth >= 2) {
                if (depth == 2) sources.add(rel.getName(1).toString()); // deeper files are no sources
            } else if (top.equals("works") && depth >= 2) {
                String id = rel.getName(1).toString();
                if (knownWorks.contains(id) && Files.isDirectory(root.resolve("works").resolve(id))) works.add(id);
                else everything = true; // a work added, removed or renamed
            } else {
                everything = true;
            }
        }
        return new Changes(everything, tplChanged, Collections.unmodifiableSet(works), Collections.unmodifiableSet(sources));
    }

    private static boolean hidden(Path rel) {
        for (Path name : rel) if (name.toString().startsWith(".")) return true;
        return false;
    }

    /** Both: changes that failed to build are kept and retried with the next ones. */
    public Changes plus(Changes o) {
        Set<String> w = new TreeSet<>(works), s = new TreeSet<>(sources);
        w.addAll(o.works);
        s.addAll(o.sources);
        return new Changes(everything || o.everything, templates || o.templates, Collections.unmodifiableSet(w),
                Collections.unmodifiableSet(s));
    }

    public boolean isEmpty() {
        return !everything && !templates && works.isEmpty() && sources.isEmpty();
    }

    public boolean touchesContent() {
        return everything || !works.isEmpty() || !sources.isEmpty();
    }
}
