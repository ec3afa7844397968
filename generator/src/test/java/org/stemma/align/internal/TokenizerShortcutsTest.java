package org.stemma.align.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tokenizer's hand-written shortcuts give what the library calls and regexes they replace give. */
class TokenizerShortcutsTest {
    @Test
    void pictographicShortcutAgreesWithIcuBelowU2000() {
        for (int cp = 0; cp < 0x2000; cp++) {
            assertEquals(UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC), Tokenizer.isPictographic(cp),
                    "U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void latinTableFoldsEveryLetterAndPairsOfLettersAsIcuDoes() {
        Tokenizer tokenizer = new Tokenizer();
        String letters = LatinFold.letters();
        assertEquals(true, letters.length() > 600, "Latin-1, Extended-A/B and Vietnamese letters");
        String others = "aZ09'.-";
        for (int x = 0; x < letters.length(); x++) {
            String a = letters.substring(x, x + 1);
            assertEquals(tokenizer.foldWithIcu(a), LatinFold.fold(a), a);
            for (int k = 0; k < 48; k++) { // a spread of partners for each letter: all pairs take seconds
                String ab = a + letters.charAt((x * 7 + k * 37) % letters.length());
                assertEquals(tokenizer.foldWithIcu(ab), LatinFold.fold(ab), ab);
            }
            for (int y = 0; y < others.length(); y++) {
                String ab = a + others.charAt(y);
                String ba = others.charAt(y) + a;
                assertEquals(tokenizer.foldWithIcu(ab), LatinFold.fold(ab), ab);
                assertEquals(tokenizer.foldWithIcu(ba), LatinFold.fold(ba), ba);
            }
        }
    }

    @Test
    void latinTableFoldsTheWordsOfTheSeedEditionAsIcuDoes() throws IOException {
        Tokenizer tokenizer = new Tokenizer();
        Path content = Path.of(System.getProperty("stemma.repo", "..")).resolve("content");
        int checked = 0;
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                for (String word : Files.readString(file).split("[^\\p{L}\\p{N}'’.]+")) {
                    String fast = LatinFold.fold(word);
                    if (fast != null && !word.isEmpty()) {
                        assertEquals(tokenizer.foldWithIcu(word), fast, word);
                        checked++;
                    }
                }
            }
        }
        assertEquals(true, checked > 1000, "words checked: " + checked);
        assertEquals(null, LatinFold.fold("Телеграм"), "other scripts go to ICU");
    }

    @Test
    void lengthCountsCodePointsWithWhitespaceRunsCollapsedAndEndsStripped() {
        for (String s : List.of("", " ", "a", "  a  b\t\n c ", "\u2003Paris\u00a0 1868\u2003", "x\r\n\r\ny",
                "😀 😀", "\ud83d", "a\u000b\u000cb", "\u001c z \u001f", "Tiếng  Việt\n")) {
            String t = s.strip().replaceAll("\\s+", " ");
            assertEquals(t.codePointCount(0, t.length()), Tokenizer.length(s), s);
        }
    }

    @Test
    void urlsAndHashtagsAreFoundWhateverTheirCase() {
        Tokenizer tokenizer = new Tokenizer();
        assertEquals(true, tokenizer.tokens("see HTTPS://T.me/X and WWW.Example.org.").containsAll(
                List.of("ut.me/x", "uexample.org")));
        assertEquals(true, tokenizer.tokens("price $Tag and #Ок").containsAll(List.of("htag", "hok")));
    }
}
