package org.stemma.export;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Search folding: case- and diacritic-insensitive. assets/search.js folds the same way
 * (NFD, drop marks, lower case, đ→d, ς→σ; ё→е falls out of dropping the diaeresis), so a word
 * the reader types meets the words indexed here. Change both together.
 */
public final class Fold {
    /**
     * A word: letters, marks and digits, as search.js's /[\p{L}\p{M}\p{N}]+/gu: the general
     * categories L*, M* and N*, tested with a bit mask instead of a regex (the index scans every text).
     */
    private static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.NON_SPACING_MARK | 1 << Character.ENCLOSING_MARK | 1 << Character.COMBINING_SPACING_MARK
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    /**
     * Word chars of the Basic Multilingual Plane as bits, worked out once: the scan asks for every char
     * of every text, and Character.getType is several calls deep under the client compiler.
     */
    private static final long[] BMP_WORD = new long[1 << 10];

    static {
        for (int c = 0; c < 1 << 16; c++) if (!Character.isSurrogate((char) c) && isWordChar(c)) BMP_WORD[c >>> 6] |= 1L << c;
    }

    private Fold() {
    }

    public static String fold(String text) {
        String decomposed = NFD.normalize(text);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> !isMark(cp)).forEach(kept::appendCodePoint);
        String lower = UCharacter.toLowerCase(ULocale.ROOT, kept.toString());
        // đ has no decomposition; final sigma is lowered contextually in JS, so map it away on both sides.
        return lower.replace('đ', 'd').replace('ё', 'е').replace('ς', 'σ');
    }

    private static boolean isMark(int cp) {
        int t = UCharacter.getType(cp);
        return t == UCharacter.NON_SPACING_MARK || t == UCharacter.ENCLOSING_MARK || t == UCharacter.COMBINING_SPACING_MARK;
    }

    /** The folded words of a text, in order, repeats kept. */
    public static List<String> words(String text) {
        return words(text, Fold::fold);
    }

    /** The same, folding each word with {@code folder} (a cache of {@link #fold}, for a whole edition). */
    public static List<String> words(String text, UnaryOperator<String> folder) {
        List<String> out = new ArrayList<>();
        forEachWord(text, w -> {
            String f = folder.apply(w);
            if (!f.isEmpty()) out.add(f);
        });
        return out;
    }

    /** Each word of a text as it is written (unfolded), in order, repeats kept. */
    public static void forEachWord(String text, Consumer<String> action) {
        forEachWord(text, (chars, start, end, hash) -> action.accept(new String(chars, start, end - start)));
    }

    /**
     * Where a word lies in a text (given as its chars), with the {@link String#hashCode} it would have as
     * a string of its own.
     */
    @FunctionalInterface
    public interface WordSink {
        void word(char[] text, int start, int end, int hash);
    }

    /**
     * The same words, as places in a copy of the text's chars: no string is made for a word the caller
     * has seen before, and the caller compares chars without String.charAt (under the client compiler
     * alone, charAt on a non-Latin string pays a bounds-check call).
     */
    public static void forEachWord(String text, WordSink sink) {
        char[] chars = text.toCharArray();
        int n = chars.length;
        int i = 0;
        while (i < n) {
            int start = i;
            int hash = 0;
            while (i < n) {
                char c = chars[i];
                if (Character.isSurrogate(c)) {
                    int cp = Character.codePointAt(chars, i);
                    if (!isWordChar(cp)) break;
                    for (int k = Character.charCount(cp); k > 0; k--) hash = 31 * hash + chars[i++];
                } else {
                    if ((BMP_WORD[c >>> 6] & 1L << c) == 0) break;
                    hash = 31 * hash + c;
                    i++;
                }
            }
            if (i > start) sink.word(chars, start, i, hash);
            else i += Character.isHighSurrogate(chars[i]) ? Character.charCount(Character.codePointAt(chars, i)) : 1;
        }
    }

    private static boolean isWordChar(int cp) {
        if (cp < 0x80) return cp >= 'a' ? cp <= 'z' : cp >= 'A' ? cp <= 'Z' : cp >= '0' && cp <= '9';
        return (WORD_TYPES >> Character.getType(cp) & 1) != 0;
    }
}
