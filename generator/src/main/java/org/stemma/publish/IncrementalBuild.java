package org.stemma.publish;

import org.stemma.model.Edition;
import org.stemma.model.Work;
import org.stemma.pipeline.Changes;
import org.stemma.render.SiteFile;
import org.stemma.render.SiteSink;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A build into a folder an earlier build wrote: the files of the works and sources no changed input
 * touches are taken from the previous site as they are (hard links), the others are rendered. What a
 * change touches is decided as {@code serve} decides it ({@link Changes}): a file under
 * {@code works/<id>/} that work, a source the works drawing on it (before or after) and the sources those
 * works draw on, anything else (edition.yaml, a work added or removed, templates, another Stemma, a new
 * edition header) every file. Edition-wide files (landing page, edition.json, search index, exports,
 * assets) are always made. Without a readable record of the previous build everything is made.
 */
public final class IncrementalBuild implements SiteSink {
    private final Publisher publisher;
    private final InputRecord now;
    private final Edition edition;
    /** The previous size of each file that may be taken as is; empty when everything is made. */
    private final Map<String, Long> reusable;
    private final Set<String> dirtyWorks = new TreeSet<>(), dirtySources = new TreeSet<>();
    private final Set<String> scoped = ConcurrentHashMap.newKeySet();
    private final AtomicInteger reused = new AtomicInteger();

    /**
     * @param now       the inputs {@link InputRecord#of as the pipeline read them}, or null
     * @param templates the templates folder, or null for the built-in ones
     */
    public IncrementalBuild(Publisher publisher, InputRecord now, Edition edition, Path content, Path templates) {
        this.publisher = publisher;
        this.now = now;
        this.edition = edition;
        InputRecord before = now == null ? null : InputRecord.parse(publisher.previous(InputRecord.FILE));
        this.reusable = before == null ? Map.of() : reusable(before, content, templates);
    }

    private Map<String, Long> reusable(InputRecord before, Path content, Path templates) {
        if (!before.generator.equals(now.generator) || !before.sameTemplates(now)
                || !before.header.equals(InputRecord.header(edition))) return Map.of();
        Changes c = Changes.of(now.changedContent(before, content), content, templates, before.works());
        if (c.everything() || c.templates()) return Map.of();
        Map<String, Set<String>> uses = new TreeMap<>();
        before.works.forEach((id, files) -> uses.put(id, new TreeSet<>(files)));
        for (Work w : edition.works()) uses.computeIfAbsent(w.id(), k -> new TreeSet<>()).addAll(InputRecord.sourcesOf(w));
        dirtyWorks.addAll(c.works());
        uses.forEach((id, files) -> {
            if (files.stream().anyMatch(c.sources()::contains)) dirtyWorks.add(id);
        });
        dirtySources.addAll(c.sources());
        for (String id : dirtyWorks) dirtySources.addAll(uses.getOrDefault(id, Set.of()));
        return before.outputs;
    }

    @Override
    public void write(String path, byte[] content) {
        publisher.write(path, content);
    }

    @Override
    public void write(SiteFile f) {
        SiteFile.Scope s = f.scope();
        if (!s.isEdition()) scoped.add(f.path());
        Long size = clean(s) ? reusable.get(f.path()) : null;
        if (size != null && publisher.reuse(f.path(), size)) {
            reused.incrementAndGet();
            return;
        }
        publisher.write(f);
    }

    private boolean clean(SiteFile.Scope s) {
        if (s.isEdition()) return false;
        if (s.work() != null && dirtyWorks.contains(s.work())) return false;
        return s.source() == null || !dirtySources.contains(s.source());
    }

    /** Files taken from the previous site without being rendered. */
    public int reused() {
        return reused.get();
    }

    /** Swaps the site in with the record of what it was made from. @return the number of files in the site */
    public int commit() {
        if (now == null) return publisher.commit();
        Map<String, Long> sizes = new TreeMap<>();
        for (String path : scoped) {
            Long size = publisher.size(path); // every file written or re-used has one; one without is simply made next time
            if (size != null) sizes.put(path, size);
        }
        return publisher.commit(now.with(edition, sizes).toBytes());
    }

    /** Test hook: the scopes this build found touched, for messages. */
    @Override
    public String toString() {
        return "works " + dirtyWorks + ", sources " + dirtySources + (reusable.isEmpty() ? " (everything made)" : "");
    }
}
