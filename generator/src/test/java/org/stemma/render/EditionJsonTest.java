package org.stemma.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.stemma.export.HostileEdition;
import org.stemma.export.SeedSite;
import org.stemma.model.Edition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EditionJsonTest {
    /** How Jackson wrote edition.json before it was written by hand: the format's reference layout. */
    private static final ObjectMapper JACKSON = new ObjectMapper().disable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    /** Control chars, escapes, quotes, non-ASCII of each UTF-8 length, pairs and lone surrogates. */
    private static final String ALPHABET = "a \"\\/\b\f\n\r\t\u0000\u0001\u001f\u007f\u0085\u00e9\u2028\u4e2d\uffff\uD83D\uDE00\uD800\uDC00";

    private static byte[] write(Edition e) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EditionJson.write(e, out);
        return out.toByteArray();
    }

    /** The file as Jackson's pretty printer writes the tree Jackson reads from it. */
    private static byte[] jacksonRewrite(byte[] json) throws IOException {
        JsonNode tree = JACKSON.readTree(json);
        // As bytes: Jackson's UTF-8 generator (the one that wrote the file) escapes surrogates; its String one does not.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JACKSON.writer(PRETTY).writeValue(out, tree);
        out.write('\n');
        return out.toByteArray();
    }

    @Test
    void seedEditionJsonIsByteForByteJacksonsPrettyPrintOfItself() throws IOException {
        byte[] json = SeedSite.get().files().get("edition.json");
        assertArrayEquals(jacksonRewrite(json), json, () -> new String(json, StandardCharsets.UTF_8));
        JsonNode p = JACKSON.readTree(json).get("works").get(0).get("witnesses").get(0).get("paragraphs").get(0);
        assertEquals("1.0", p.get("confidence").toString(), "a confidence of one is written 1.0, as Jackson writes a double");
    }

    @Test
    void hostileTextRoundTripsAndKeepsJacksonsEscaping() throws IOException {
        String text = HostileEdition.MARKUP + " \u0000\u0001\u001b\u007f \uD800 lone \uDC00";
        byte[] json = write(HostileEdition.with(text, HostileEdition.MARKUP, "key " + HostileEdition.MARKUP, HostileEdition.MARKUP));
        assertArrayEquals(jacksonRewrite(json), json);
        JsonNode w = JACKSON.readTree(json).get("works").get(0).get("witnesses").get(0);
        assertEquals(text, w.get("paragraphs").get(0).get("text").asText());
        assertEquals(HostileEdition.MARKUP, w.get("title").asText());
        assertEquals(HostileEdition.MARKUP, w.get("provenance").get("key " + HostileEdition.MARKUP).asText());
    }

    @Test
    void randomStringsAreEscapedExactlyAsJacksonEscapesThem() throws IOException {
        Random random = new Random(7);
        String marker = "\"id\" : \"" + HostileEdition.firstParagraphId() + "\"";
        for (int i = 0; i < 300; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String json = new String(write(HostileEdition.with(s.toString(), "t", "k", "v")), StandardCharsets.UTF_8);
            int from = json.indexOf("\"text\" : ", json.indexOf(marker)) + "\"text\" : ".length();
            String written = json.substring(from, json.indexOf(",\n", from));
            String jackson = new String(JACKSON.writeValueAsBytes(s.toString()), StandardCharsets.UTF_8);
            assertEquals(jackson, written, "for " + s.chars().mapToObj(Integer::toHexString).toList());
        }
    }
}
