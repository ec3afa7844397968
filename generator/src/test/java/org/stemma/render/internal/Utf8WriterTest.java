package org.stemma.render.internal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class Utf8WriterTest {

    /** Pages must come out as String.getBytes(UTF_8) made them: every script, pairs, lone surrogates as '?'. */
    @Test
    void writesTheBytesStringGetBytesMakesForPiecesWholePartialAndCharArrays() throws IOException {
        String alphabet = "a<&\" é·¶—↩ЖđẠ中\uD835\uDC00\uD800\uDFFF\n";
        Random random = new Random(5);
        for (int round = 0; round < 5_000; round++) {
            Utf8Writer w = new Utf8Writer(4);
            StringBuilder expected = new StringBuilder();
            for (int piece = random.nextInt(6); piece > 0; piece--) {
                StringBuilder s = new StringBuilder();
                for (int i = random.nextInt(40); i > 0; i--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                String text = s.toString();
                switch (random.nextInt(3)) {
                    case 0 -> {
                        w.write(text);
                        expected.append(text);
                    }
                    case 1 -> {
                        int from = random.nextInt(text.length() + 1);
                        w.write(text, from, text.length() - from);
                        expected.append(text, from, text.length());
                    }
                    default -> {
                        w.write(text.toCharArray(), 0, text.length());
                        expected.append(text);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            w.writeTo(out);
            assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), out.toByteArray(), expected.toString());
        }
    }
}
