package org.stemma.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.diagnostics.Diagnostics;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sources must be UTF-8: a file in another encoding is named, one that only contains U+FFFD is not refused. */
class SourceEncodingTest {
    @Test
    void aLatin1SourceIsRefusedWithItsNameAndWhatToDo(@TempDir Path tmp) throws Exception {
        Files.write(tmp.resolve("latin1.txt"), "Durev, le fondateur de Télégram\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(tmp.resolve("good.txt"), "Дуров\n");
        Diagnostics d = new Diagnostics();
        Map<String, SourceText> loaded = new SourceLoader(tmp, "sources").load(d);
        assertEquals(1, d.errorCount());
        String message = d.all().get(0).toString();
        assertTrue(message.contains("sources/latin1.txt") && message.contains("not UTF-8"), message);
        assertEquals(List.of("Дуров"), loaded.get("good.txt").lines());
        assertFalse(loaded.containsKey("latin1.txt"));
    }

    @Test
    void aReplacementCharacterWrittenInTheSourceIsText(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "lost \uFFFD letter\r\nТелеграм\n");
        Diagnostics d = new Diagnostics();
        SourceText a = new SourceLoader(tmp, "sources").load(d).get("a.txt");
        assertFalse(d.hasErrors(), d.all().toString());
        assertEquals(List.of("lost \uFFFD letter", "Телеграм"), a.lines());
    }
}
