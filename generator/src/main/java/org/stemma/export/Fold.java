package org.stemma.export;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search folding: case- and diacritic-insensitive. assets/search.js folds the same way
 * (NFD, drop marks, lower case, đ→d, ς→σ; ё→е falls out of dropping the diaeresis), so a word
 * the reader types meets the words indexed here. Change both together.
 */
public final class Fold {
    /** A word: letters, marks and digits, as search.js's /[\p{L}\p{M}\p{N}]+/gu. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

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
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String f = folder.apply(m.group());
            if (!f.isEmpty()) out.add(f);
        }
        return out;
    }
}
