package org.stemma.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.diagnostics.ContentException;
import org.stemma.diagnostics.Diagnostics;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model keeps a source's lines, not its bytes: the verbatim copy reads the file again and must get what was loaded. */
class VerbatimCopyTest {
    @Test
    void theVerbatimCopyIsTheFileByteForByteEvenWhereLinesLoseTheirEnds(@TempDir Path tmp) throws Exception {
        byte[] original = "\uFEFFfirst line\r\nsecond line\n\nlast, no newline".getBytes(StandardCharsets.UTF_8);
        Files.write(tmp.resolve("a.txt"), original);
        SourceText loaded = new SourceLoader(tmp, "sources").load(new Diagnostics()).get("a.txt");
        assertEquals(List.of("\uFEFFfirst line", "second line", "", "last, no newline"), loaded.lines());
        assertEquals(original.length, loaded.size());
        assertArrayEquals(original, SourceLoader.verbatim(loaded.path(), loaded.size(), loaded.crc32c(), "sources/a.txt"));
    }

    @Test
    void aSourceChangedAfterLoadingStopsTheBuildWithItsName(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "as loaded\n");
        SourceText loaded = new SourceLoader(tmp, "sources").load(new Diagnostics()).get("a.txt");
        Files.writeString(tmp.resolve("a.txt"), "as edited meanwhile\n");
        ContentException e = assertThrows(ContentException.class,
                () -> SourceLoader.verbatim(loaded.path(), loaded.size(), loaded.crc32c(), "sources/a.txt"));
        assertTrue(e.getMessage().contains("sources/a.txt") && e.getMessage().contains("changed while the edition was being built"),
                e.getMessage());
    }

    @Test
    void anEditThatKeepsTheSizeIsCaughtToo(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "Durev\n");
        SourceText loaded = new SourceLoader(tmp, "sources").load(new Diagnostics()).get("a.txt");
        Files.writeString(tmp.resolve("a.txt"), "Durov\n");
        assertThrows(ContentException.class, () -> SourceLoader.verbatim(loaded.path(), loaded.size(), loaded.crc32c(), "sources/a.txt"));
    }
}
