package org.stemma.align.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import org.junit.jupiter.api.Test;

import java.util.List;

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
