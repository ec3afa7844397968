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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tokenizer's hand-written shortcuts give what the library calls and regexes they replace give. */
class TokenizerShortcutsTest {
    @Test
    void pictographicShortcutAgreesWithIcuBelowU203C() {
        for (int cp = 0; cp < 0x203C; cp++) {
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
    void simpleWordClassesHaveTheWordBreakPropertiesTheirRulesAssume() {
        for (char c = 0; c < 0x2100; c++) {
            int wb = UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK);
            switch (SimpleWords.classOf(c)) {
                case SimpleWords.LETTER -> assertEquals(UCharacter.WordBreak.ALETTER, wb, "letter " + c);
                case SimpleWords.DIGIT -> assertEquals(UCharacter.WordBreak.NUMERIC, wb, "digit " + c);
                case SimpleWords.MID_NUM -> assertEquals(UCharacter.WordBreak.MIDNUM, wb, "midnum " + c);
                case SimpleWords.MID_NUM_LET -> assertTrue(wb == UCharacter.WordBreak.MIDNUMLET
                        || wb == UCharacter.WordBreak.SINGLE_QUOTE, "midnumlet " + c);
                case SimpleWords.SEPARATOR -> assertTrue(List.of(UCharacter.WordBreak.OTHER, UCharacter.WordBreak.CR,
                        UCharacter.WordBreak.LF, UCharacter.WordBreak.NEWLINE, UCharacter.WordBreak.WSEGSPACE,
                        UCharacter.WordBreak.DOUBLE_QUOTE).contains(wb), "separator U+" + Integer.toHexString(c));
                default -> { } // left to ICU
            }
        }
    }

    @Test
    void plainTextIsAlreadyNfc() {
        for (char c = 0; c < 0x2100; c++) {
            if (SimpleWords.isPlain(String.valueOf(c))) {
                assertEquals(1, // UCharacter's value for NFC_Quick_Check=Yes (No is 0, Maybe 2)
                        UCharacter.getIntPropertyValue(c, UProperty.NFC_QUICK_CHECK), "U+" + Integer.toHexString(c));
                assertEquals(0, UCharacter.getCombiningClass(c), "U+" + Integer.toHexString(c));
            }
        }
        assertEquals(false, SimpleWords.isPlain("e\u0301"), "a combining mark is not plain");
    }

    @Test
    void simpleWordsAreTheWordsIcuFindsInRandomAndRealText() throws IOException {
        String alphabet = "aZéỆßđЖяΩά09 \t\n.,;'’‘:@_·\u00ad\"«»–—…?!()-\u00a0¿×µ²日\u0301";
        java.util.Random random = new java.util.Random(29);
        List<String> texts = new java.util.ArrayList<>();
        for (int k = 0; k < 20000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1 + random.nextInt(14); n > 0; n--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        Path content = Path.of(System.getProperty("stemma.repo", "..")).resolve("content");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.addAll(Files.readAllLines(file));
            }
        }
        com.ibm.icu.text.BreakIterator icu = com.ibm.icu.text.BreakIterator.getWordInstance(com.ibm.icu.util.ULocale.ROOT);
        int simple = 0;
        for (String text : texts) {
            List<String> fast = new java.util.ArrayList<>();
            if (!SimpleWords.words(text, (start, end) -> fast.add(text.substring(start, end)))) {
                continue;
            }
            simple++;
            List<String> expected = new java.util.ArrayList<>();
            icu.setText(text);
            int start = icu.first();
            for (int end = icu.next(); end != com.ibm.icu.text.BreakIterator.DONE; start = end, end = icu.next()) {
                if (icu.getRuleStatus() >= com.ibm.icu.text.BreakIterator.WORD_NONE_LIMIT) {
                    expected.add(text.substring(start, end));
                }
            }
            assertEquals(expected, fast, text);
        }
        assertTrue(simple > 5000, "texts segmented without ICU: " + simple);
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
