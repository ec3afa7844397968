package org.stemma.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * One file of the site, planned but not yet made: where it goes, which part of the edition it
 * shows, and how to make it. Planning is cheap and making is not, so a build makes every file
 * once while {@code serve} makes only those a change touched, when they are asked for.
 */
public record SiteFile(String path, Scope scope, Body body) {

    /** Makes the file's bytes into a stream: large files (edition.json, TEI) never sit whole in memory. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * What a file shows: one work (its pages and downloads), one source (its diplomatic page and
     * verbatim copy, which also show the paragraphs and notes of the works drawn from it), or the
     * whole edition (landing page, edition.json, search index, TEI, assets).
     */
    public record Scope(String work, String source) {
        public static final Scope EDITION = new Scope(null, null);

        public static Scope work(String id) {
            return new Scope(id, null);
        }

        public static Scope source(String file) {
            return new Scope(null, file);
        }

        public boolean isEdition() {
            return work == null && source == null;
        }
    }

    public static SiteFile of(String path, Scope scope, byte[] bytes) {
        return new SiteFile(path, scope, out -> out.write(bytes));
    }

    /** The whole file in memory: for sinks that keep files in memory and for small files. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
