package org.stemma.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.cli.Main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlignCommandTest {
    private static final Path CONTENT = Path.of(System.getProperty("stemma.repo", "..")).resolve("content");

    @TempDir
    Path tmp;

    @Test
    void alignJsonRecordsTheAlignersOwnUnitsAndConfidence() throws IOException {
        Path json = tmp.resolve("aligned.json");
        assertEquals(0, Main.run("align", "--content", CONTENT.toString(), "--json", json.toString()));
        JsonNode e = new ObjectMapper().readTree(json.toFile());
        assertEquals("stemma-edition/1", e.get("format").asText());
        for (JsonNode w : e.at("/works/0/witnesses")) {
            for (JsonNode p : w.get("paragraphs")) {
                String by = p.get("alignedBy").asText();
                assertTrue(by.equals("aligner") || by.equals("base"), p.get("id") + " aligned by " + by);
                double c = p.get("confidence").asDouble();
                assertTrue(c >= 0 && c <= 1, p.get("id") + " confidence " + c);
            }
        }
        JsonNode runOn = e.at("/works/0/witnesses/5/paragraphs/1");
        assertEquals("fr-paraphrase-runon.2", runOn.get("id").asText());
        assertEquals(10, runOn.get("units").size());
    }

    @Test
    void aNewWitnessWithNoAlignmentWrittenComesOutLinked() throws IOException {
        Path content = new org.stemma.check.EditionCopy(tmp).dir;
        Path alignment = content.resolve("works/statement/alignment.yaml");
        Files.writeString(alignment, Files.readString(alignment).replaceAll("(?m)^vi: .*\\n", ""));
        Path out = tmp.resolve("site");
        assertEquals(0, Main.run("build", "--content", content.toString(), "--out", out.toString()));
        JsonNode vi = new ObjectMapper().readTree(out.resolve("edition.json").toFile()).at("/works/0/witnesses/2");
        assertEquals("vi", vi.get("id").asText());
        for (int i = 0; i < 11; i++) {
            JsonNode p = vi.get("paragraphs").get(i);
            assertEquals("aligner", p.get("alignedBy").asText());
            assertEquals(String.valueOf(i + 1), p.at("/units/0").asText(), p.get("id").asText());
        }
    }
}
