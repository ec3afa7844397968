package org.stemma.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.stemma.export.archive.MemorySite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The seed edition built once into memory with the repository's templates, shared by the export tests. */
public final class SeedSite {
    private static MemorySite site;

    private SeedSite() {
    }

    public static Path repo() {
        return Path.of(System.getProperty("stemma.repo", "..")).toAbsolutePath().normalize();
    }

    public static synchronized MemorySite get() {
        if (site == null) site = build();
        return site;
    }

    public static MemorySite build() {
        return MemorySite.build(repo().resolve("content"), repo().resolve("templates"), "templates");
    }

    public static String text(String path) {
        byte[] b = get().files().get(path);
        if (b == null) throw new AssertionError("no " + path + " in the built site");
        return new String(b, StandardCharsets.UTF_8);
    }

    public static JsonNode editionJson() {
        try {
            return new ObjectMapper().readTree(get().files().get("edition.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
