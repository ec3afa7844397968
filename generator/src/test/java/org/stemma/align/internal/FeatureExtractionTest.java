package org.stemma.align.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureExtractionTest {
    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void namesMatchAcrossScriptsAfterTransliteration() {
        assertTrue(tokenizer.tokens("в Париж").contains("spari"));
        assertTrue(tokenizer.tokens("to Paris").contains("spari"));
        assertEquals("telegram", tokenizer.foldWord("Телеграм"));
        assertEquals("telegram", tokenizer.foldWord("TELEGRAM"));
        assertEquals("dubai", tokenizer.foldWord("Dubaï"));
    }

    @Test
    void numbersListMarkersUrlsEmojiAndHashtagsAreExtracted() {
        Set<String> t = tokenizer.tokens("1. Up to 950M users, see https://t.me/isiswatch ❤️ #TelegramCEO on 06.09.2024 or ٣");
        assertTrue(t.containsAll(List.of("l1", "n950", "n6", "n9", "n2024", "n3", "ut.me/isiswatch", "e2764",
                "htelegramceo")), t.toString());
    }

    @Test
    void lengthModelPrefersTheExpectedRatioAndForgivesShortfallLessWithLength() {
        FeatureTable f = new FeatureTable(List.of("a"), List.of("b"), tokenizer);
        BeadScorer s = new BeadScorer(f, 1.2, 1.0, 0.3);
        assertTrue(s.lengthScore(360, 300) > s.lengthScore(600, 300));
        assertTrue(s.lengthScore(360, 300) > s.lengthScore(180, 300));
        // Shorter than expected (truncation, terse translation) is more plausible than longer by the same factor.
        assertTrue(s.lengthScore(240, 300) > s.lengthScore(540, 300));
        // Long runs average out verbosity: the same 30% excess is less plausible over 4,000 characters.
        assertTrue(s.lengthScore(4680, 3000) < s.lengthScore(468, 300));
    }

    @Test
    void onlyTokensSharedByBothWitnessesCarryWeight() {
        FeatureTable f = new FeatureTable(List.of("Paris 1868 harbour"), List.of("Париж 1868 гавань"), tokenizer);
        assertEquals(2, f.baseTokens[0].length, "stem of Paris/Париж and the number 1868");
        assertEquals(f.baseMass[0], f.otherMass[0], 1e-9);
    }
}
