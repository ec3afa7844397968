package org.stemma.render;

/** Where rendered files go, one at a time, so pages stream out instead of piling up in memory. */
public interface SiteSink {
    /**
     * Called from several threads at once (pages render in parallel): implementations must be thread-safe.
     *
     * @param path relative to the site root, with '/' separators
     */
    void write(String path, byte[] content);

    /** Makes and writes a planned file; a sink on disk overrides this to stream large files. */
    default void write(SiteFile file) {
        write(file.path(), file.bytes());
    }
}
