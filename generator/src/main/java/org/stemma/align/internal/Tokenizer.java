package org.stemma.align.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a paragraph into the evidence that survives translation: its length and a set of typed
 * tokens. Token strings carry their kind as a one-letter prefix so the scorer can weight kinds
 * differently (see {@link TokenKind}).
 *
 * <p>Not thread-safe (the transliterator and the word cache are shared state): one per thread. The
 * word cache lives as long as the tokenizer; it holds each distinct word of the edition once.
 */
public final class Tokenizer {
    /** Words shorter than this after folding carry no stem token: too ambiguous across languages. */
    static final int STEM_LENGTH = 4;
    /** Shorter words collide across languages by accident (French "a", "en", "on" are English too). */
    static final int MIN_WORD_LENGTH = 3;

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s()<>\"«»“”]+");
    private static final Pattern TAG = Pattern.compile("(?<![\\p{L}\\p{N}])[#$][\\p{L}\\p{N}_]+");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:(\\p{Nd}{1,3})[.)]|([•▪◦·*\\-–]))\\s");
    /** Punctuation that translators tend to keep: questions, exclamations, colons, brackets, quotes. */
    private static final String KEPT_PUNCTUATION = "?!:;(";
    private static final String QUOTES = "\"«»“”„‘’「」『』";

    private final Transliterator fold = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    private final Normalizer2 nfc = Normalizer2.getNFCInstance();
    private final BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
    /** Transliteration is by far the slowest step; natural text repeats words a lot. */
    private final Map<String, String> foldCache = new HashMap<>();

    /** Length in code points of the whitespace-normalised NFC text: the Gale-Church length unit. */
    public static int length(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.codePointCount(0, t.length());
    }

    /** Distinct tokens in first-occurrence order (order matters only for reproducible vocabulary ids). */
    public Set<String> tokens(String raw) {
        String text = nfc.normalize(raw);
        Set<String> out = new LinkedHashSet<>();
        Matcher list = LIST_MARKER.matcher(text);
        if (list.find()) {
            out.add(TokenKind.LIST.prefix + (list.group(1) != null ? Integer.parseInt(list.group(1)) : "bullet"));
        }
        Matcher url = URL.matcher(text);
        while (url.find()) {
            String u = url.group().toLowerCase(java.util.Locale.ROOT)
                    .replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceAll("[.,;:!?/]+$", "");
            out.add(TokenKind.URL.prefix + u);
        }
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            out.add(TokenKind.TAG.prefix + foldWord(tag.group().substring(1)));
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)) {
                out.add(TokenKind.EMOJI.prefix + Integer.toHexString(cp));
            } else if (KEPT_PUNCTUATION.indexOf(cp) >= 0) {
                out.add(TokenKind.PUNCT.prefix + (char) cp);
            } else if (QUOTES.indexOf(cp) >= 0) {
                out.add(TokenKind.PUNCT.prefix + "quote");
            }
            i += Character.charCount(cp);
        }
        addWords(text, out);
        return out;
    }

    private void addWords(String text, Set<String> out) {
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() < BreakIterator.WORD_NONE_LIMIT) {
                continue; // spaces and punctuation
            }
            String word = text.substring(start, end);
            addNumbers(word, out);
            String folded = foldWord(word);
            if (folded.isEmpty() || Character.isDigit(folded.charAt(0))) {
                continue;
            }
            if (folded.length() >= MIN_WORD_LENGTH) {
                out.add(TokenKind.WORD.prefix + folded);
            }
            if (folded.length() >= STEM_LENGTH) {
                // A crude, language-blind stem: cognates and transliterated names share their first letters
                // (Paris/Parizh, responsable/responsible, Dubai/Dubae).
                out.add(TokenKind.STEM.prefix + folded.substring(0, STEM_LENGTH));
            }
        }
    }

    /** Every run of decimal digits in any script, as its numeric value without leading zeros. */
    private static void addNumbers(String word, Set<String> out) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i <= word.length(); ) {
            int cp = i < word.length() ? word.codePointAt(i) : -1;
            int d = cp < 0 ? -1 : UCharacter.digit(cp, 10);
            if (d >= 0) {
                digits.append((char) ('0' + d));
            } else if (digits.length() > 0) {
                String n = digits.toString().replaceFirst("^0+(?=.)", "");
                out.add(TokenKind.NUMBER.prefix + n);
                digits.setLength(0);
            }
            i += cp < 0 ? 1 : Character.charCount(cp);
        }
    }

    /** Any script to lower-case ASCII letters and digits (ICU handles case, diacritics and scripts). */
    String foldWord(String word) {
        return foldCache.computeIfAbsent(word, w -> {
            String latin = isAscii(w) ? w.toLowerCase(java.util.Locale.ROOT) : fold.transliterate(w);
            StringBuilder sb = new StringBuilder(latin.length());
            for (int i = 0; i < latin.length(); i++) {
                char c = latin.charAt(i);
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    sb.append(c);
                }
            }
            return sb.toString();
        });
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
