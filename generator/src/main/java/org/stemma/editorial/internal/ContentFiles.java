package org.stemma.editorial.internal;

import org.stemma.diagnostics.ContentException;
import org.stemma.diagnostics.Location;
import org.stemma.source.SourceLoader;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** File access for the editorial layer: display paths, strict UTF-8, sorted listings. */
public final class ContentFiles {
    private final Path root;
    private final java.util.Map<Path, String> read;

    /** @param read where each file read is noted with the size and CRC-32C of the bytes read */
    public ContentFiles(Path root, java.util.Map<Path, String> read) {
        this.root = root;
        this.read = read;
    }

    public Path root() {
        return root;
    }

    /** The path as the editor types it: relative to the working directory when inside it. */
    public String display(Path file) {
        return org.stemma.diagnostics.DisplayPath.of(file);
    }

    /** The first of {@code name.yaml}, {@code name.yml}, {@code name.json} that exists. */
    public Optional<Path> find(Path dir, String name) {
        for (String ext : List.of(".yaml", ".yml", ".json")) {
            Path p = dir.resolve(name + ext);
            if (Files.isRegularFile(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    public String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            read.put(file, SourceLoader.stamp(bytes.length, SourceLoader.crc32c(bytes)));
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ContentException.at(Location.of(display(file)), "not valid UTF-8: save the file as UTF-8");
        } catch (IOException e) {
            throw ContentException.at(Location.of(display(file)), "cannot read: " + e.getMessage());
        }
    }

    public Node parse(Path file) {
        return LocatedYaml.parse(display(file), read(file), 0, file.getFileName().toString().endsWith(".json"));
    }

    /** Regular files in {@code dir} with one of the endings, sorted by name for a stable order. */
    public List<Path> list(Path dir, String... endings) {
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> result = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        if (n.startsWith(".")) return false;
                        for (String e : endings) if (n.endsWith(e)) return true;
                        return false;
                    })
                    .sorted()
                    .forEach(result::add);
        } catch (IOException e) {
            throw ContentException.at(Location.of(display(dir)), "cannot list: " + e.getMessage());
        }
        return result;
    }

    public static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.indexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }
}
