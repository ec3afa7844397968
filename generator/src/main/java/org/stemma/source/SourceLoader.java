package org.stemma.source;

import org.stemma.diagnostics.Diagnostics;
import org.stemma.diagnostics.Location;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Stage 1: reads every file in {@code content/sources/} byte-for-byte. */
public final class SourceLoader {
    private final Path sourcesDir;
    private final String displayDir;

    public SourceLoader(Path sourcesDir, String displayDir) {
        this.sourcesDir = sourcesDir;
        this.displayDir = displayDir;
    }

    /** Sources by file name, sorted by name. */
    public Map<String, SourceText> load(Diagnostics out) {
        Map<String, SourceText> result = new LinkedHashMap<>();
        if (!Files.isDirectory(sourcesDir)) {
            out.error(Location.of(displayDir), "no sources folder: put the source files, unchanged, in " + displayDir);
            return result;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(sourcesDir)) {
            s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
        } catch (IOException e) {
            out.error(Location.of(displayDir), "cannot list sources: " + e.getMessage());
            return result;
        }
        readInto(files, result, out);
        return result;
    }

    /**
     * Only the named files, for {@code serve} after they changed: those that are (still) sources are
     * read exactly as {@link #load} reads them; names that are no longer files are left out.
     */
    public Map<String, SourceText> load(java.util.Collection<String> names, Diagnostics out) {
        Map<String, SourceText> result = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        for (String name : new java.util.TreeSet<>(names)) {
            Path p = sourcesDir.resolve(name);
            if (!name.startsWith(".") && Files.isRegularFile(p)) files.add(p);
        }
        readInto(files, result, out);
        return result;
    }

    /** Files are independent and reading them is mostly waiting: read in parallel, report in order. */
    private void readInto(List<Path> files, Map<String, SourceText> result, Diagnostics out) {
        Object[] read = files.parallelStream().map(this::read).toArray();
        for (Object r : read) {
            if (r instanceof SourceText t) result.put(t.file(), t);
            else out.error(Location.of(displayDir + "/" + ((String[]) r)[0]), ((String[]) r)[1]);
        }
    }

    /** A source, or {file name, problem}. */
    private Object read(Path p) {
        String name = p.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(p);
            // The String constructor's decoder is the JDK's fast one but replaces bad bytes with U+FFFD;
            // it only replaces where there is a U+FFFD, so only then is the file decoded again strictly.
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
            }
            return new SourceText(name, sha256(bytes), bytes.length, crc32c(bytes), p, splitLines(text));
        } catch (CharacterCodingException e) {
            return new String[]{name, "source is not UTF-8 text; convert a copy to UTF-8 and record the original in provenance"};
        } catch (IOException e) {
            return new String[]{name, "cannot read source: " + e.getMessage()};
        }
    }

    /** Lines as an editor counts them: a final line without newline still counts, a trailing newline adds none. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        // indexOf, not charAt per character: under the client compiler each charAt of a non-Latin text is a call
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
            lines.add(text.substring(start, end));
            start = i + 1;
        }
        if (start < text.length()) lines.add(text.substring(start));
        return List.copyOf(lines);
    }

    /**
     * A source's bytes read again for its verbatim copy, checked against the size and checksum
     * recorded when it was loaded, so the published copy is the text the edition was built from.
     * CRC-32C rather than SHA-256: it guards against an edit made during the build, not against an
     * adversary, and it is a processor instruction where SHA-256 is not under the client compiler
     * the launcher uses (re-hashing took 3% of a 10,000-page build).
     */
    public static byte[] verbatim(Path path, long size, long crc32c, String display) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            if (bytes.length == size && crc32c(bytes) == crc32c) return bytes;
        } catch (IOException e) {
            throw org.stemma.diagnostics.ContentException.at(Location.of(display), "cannot read source: " + e.getMessage());
        }
        throw org.stemma.diagnostics.ContentException.at(Location.of(display),
                "the source changed while the edition was being built: build again");
    }

    /**
     * How the build's record of its inputs identifies a file's bytes: "size TAB crc32c-in-hex". One
     * definition for every file it records (sources, editorial files, templates), so that the same
     * bytes always read as unchanged.
     */
    public static String stamp(long size, long crc32c) {
        return size + "\t" + Long.toHexString(crc32c);
    }

    public static long crc32c(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, bytes.length);
        return crc.getValue();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
