package org.stemma.export.archive;

import org.stemma.model.Edition;
import org.stemma.pipeline.Pipeline;
import org.stemma.render.SiteRenderer;
import org.stemma.render.SiteSink;

import java.nio.file.Path;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** A site held in memory, paths sorted, so the archive never touches the published folder. */
public final class MemorySite implements SiteSink {
    private final TreeMap<String, byte[]> files = new TreeMap<>();

    @Override
    public synchronized void write(String path, byte[] content) {
        if (files.put(path, content.clone()) != null) throw new IllegalStateException("written twice: " + path);
    }

    /** Builds the edition in {@code content} as the build command would, into memory; throws ContentException on errors. */
    public static MemorySite build(Path content, Path templatesDir, String display) {
        Pipeline.Loaded loaded = new Pipeline(content).load();
        MemorySite site = new MemorySite(loaded);
        new SiteRenderer(templatesDir, display).render(loaded.edition(), site);
        return site;
    }

    private final Pipeline.Loaded loaded;

    public MemorySite() {
        this(null);
    }

    private MemorySite(Pipeline.Loaded loaded) {
        this.loaded = loaded;
    }

    public Pipeline.Loaded loaded() {
        return loaded;
    }

    public Edition edition() {
        return loaded.edition();
    }

    public SortedMap<String, byte[]> files() {
        return Collections.unmodifiableSortedMap(files);
    }
}
