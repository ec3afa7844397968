package org.stemma.render;

/** Where rendered files go, one at a time, so pages stream out instead of piling up in memory. */
public interface SiteSink {
    /** @param path relative to the site root, with '/' separators */
    void write(String path, byte[] content);
}
