package org.stemma.align.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a paragraph into the evidence that survives translation: its length and a set of typed
 * tokens. Token strings carry their kind as a one-letter prefix so the scorer can weight kinds
 * differently (see {@link TokenKind}).
 *
 * <p>Not thread-safe (the transliterator, the break iterator and scratch arrays are per instance):
 * one per thread. The {@link Lexicon} may be shared by the tokenizers of several threads; its word
 * cache holds each distinct word once, with the tokens the word yields, so that a word is folded
 * once per build rather than once per occurrence and per thread.
 */
public final class Tokenizer {
    /** Words shorter than this after folding carry no stem token: too ambiguous across languages. */
    static final int STEM_LENGTH = 4;
    /** Shorter words collide across languages by accident (French "a", "en", "on" are English too). */
    static final int MIN_WORD_LENGTH = 3;

    // The patterns run only when a cheap scan shows they could match (see tokens()): most paragraphs
    // have no URL or hashtag, and scanning every paragraph with them cost more than the alignment.
    // They are compiled on first need too (in holder classes): compiling costs milliseconds in a fresh JVM.
    private static final class Url {
        static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s()<>\"«»“”]+");
    }

    private static final class Tag {
        static final Pattern TAG = Pattern.compile("(?<![\\p{L}\\p{N}])[#$][\\p{L}\\p{N}_]+");
    }

    private static final class ListMarker {
        static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:(\\p{Nd}{1,3})[.)]|([•▪◦·*\\-–]))\\s");
    }

    private static final String BULLETS = "•▪◦·*-–";
    /** Punctuation that translators tend to keep: questions, exclamations, colons, brackets, quotes. */
    private static final String KEPT_PUNCTUATION = "?!:;(";
    private static final String QUOTES = "\"«»“”„‘’「」『』";
    private static final Lexicon.Token[] NO_TOKENS = {};

    /** Built on first need: its set-up costs more than a hundred milliseconds in a fresh JVM. */
    private Transliterator fold;
    /** Built on first need: plain text is already NFC (see {@link SimpleWords#isPlain}), and loading its data takes 30 ms. */
    private Normalizer2 nfc;
    /** Built on first need, for text that {@link SimpleWords} leaves to ICU. */
    private BreakIterator words;
    private final Lexicon lexicon;
    private final Lexicon.Token[] punctTokens = new Lexicon.Token[KEPT_PUNCTUATION.length()];
    private final Lexicon.Token quoteToken;
    /** Scratch for FeatureTable: per lexicon token, its number in the current pair, valid if {@code localPair} matches. */
    int[] local = new int[1024];
    int[] localPair = new int[1024];
    int pairSerial;

    public Tokenizer() {
        this(new Lexicon());
    }

    /** A tokenizer sharing its lexicon (and so its word cache) with others, one per thread. */
    public Tokenizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (int k = 0; k < punctTokens.length; k++) {
            punctTokens[k] = lexicon.token(TokenKind.PUNCT.prefix + KEPT_PUNCTUATION.charAt(k));
        }
        quoteToken = lexicon.token(TokenKind.PUNCT.prefix + "quote");
    }

    /**
     * Length in code points of the text with its ends stripped and each run of ASCII whitespace
     * counted as one: the Gale-Church length unit. (The same as {@code text.strip().replaceAll("\\s+", " ")}.)
     */
    public static int length(String text) {
        int start = 0;
        int end = text.length();
        while (start < end) {
            int cp = text.codePointAt(start);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = text.codePointBefore(end);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        char[] cs = text.toCharArray(); // array access: String.charAt is slow before the JIT's last tier
        int count = 0;
        boolean inSpace = false;
        for (int i = start; i < end; i++) {
            char c = cs[i];
            boolean space = c == ' ' || (c >= '\t' && c <= '\r');
            if (space) {
                if (!inSpace) {
                    count++;
                }
            } else if (!Character.isLowSurrogate(c) || i == start || !Character.isHighSurrogate(cs[i - 1])) {
                count++;
            }
            inSpace = space;
        }
        return count;
    }

    /** A witness's paragraphs as a pair reads them: each one's tokens in order, repeats included, and its {@link #length}. */
    record Paragraphs(List<String> texts, Lexicon.Token[][] tokens, int[] lengths) {
    }

    /**
     * The base witness read last on this thread. Every witness of a work is aligned with the same base,
     * one after another on one thread: with five witnesses `check` read each base paragraph four times,
     * and splitting paragraphs into tokens is most of the aligner's work.
     */
    private Paragraphs lastBase;

    /** As {@link #read}, for the base of a pair: the last base read on this thread is reused when its texts are equal. */
    Paragraphs readBase(List<String> texts) {
        if (lastBase == null || !lastBase.texts().equals(texts)) {
            lastBase = read(texts);
        }
        return lastBase;
    }

    Paragraphs read(List<String> texts) {
        Lexicon.Token[][] tokens = new Lexicon.Token[texts.size()][];
        int[] lengths = new int[texts.size()];
        List<Lexicon.Token> scratch = new ArrayList<>();
        for (int p = 0; p < tokens.length; p++) {
            scratch.clear();
            tokens(texts.get(p), scratch::add);
            tokens[p] = scratch.toArray(NO_TOKENS);
            lengths[p] = length(texts.get(p));
        }
        return new Paragraphs(List.copyOf(texts), tokens, lengths);
    }

    /** Distinct tokens in first-occurrence order (order matters only for reproducible vocabulary ids). */
    public Set<String> tokens(String raw) {
        Set<String> out = new LinkedHashSet<>();
        tokens(raw, t -> out.add(t.text()));
        return out;
    }

    /** Every token of the paragraph in order, repeats included; {@link #tokens(String)} keeps the first of each. */
    void tokens(String raw, Consumer<Lexicon.Token> out) {
        String text = raw;
        if (!SimpleWords.isPlain(raw)) {
            if (nfc == null) {
                nfc = Normalizer2.getNFCInstance();
            }
            text = nfc.normalize(raw);
        }
        Matcher list = mayStartWithListMarker(text) ? ListMarker.LIST_MARKER.matcher(text) : null;
        if (list != null && list.lookingAt()) { // the pattern is anchored at the start: lookingAt() is find() without the scan
            out.accept(lexicon.token(TokenKind.LIST.prefix + (list.group(1) != null ? Integer.parseInt(list.group(1)) : "bullet")));
        }
        if (text.contains("://") || hasWwwDot(text)) {
            Matcher url = Url.URL.matcher(text);
            while (url.find()) {
                String u = url.group().toLowerCase(Locale.ROOT)
                        .replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceAll("[.,;:!?/]+$", "");
                out.accept(lexicon.token(TokenKind.URL.prefix + u));
            }
        }
        if (text.indexOf('#') >= 0 || text.indexOf('$') >= 0) {
            Matcher tag = Tag.TAG.matcher(text);
            while (tag.find()) {
                out.accept(lexicon.token(TokenKind.TAG.prefix + foldWord(tag.group().substring(1))));
            }
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isPictographic(cp)) {
                out.accept(lexicon.token(TokenKind.EMOJI.prefix + Integer.toHexString(cp)));
            } else if (cp < 0x80) {
                int k = KEPT_PUNCTUATION.indexOf(cp);
                if (k >= 0) {
                    out.accept(punctTokens[k]);
                } else if (cp == '"') {
                    out.accept(quoteToken);
                }
            } else if (QUOTES.indexOf(cp) >= 0) {
                out.accept(quoteToken);
            }
            i += Character.charCount(cp);
        }
        addWords(text, out);
    }

    /**
     * Extended_Pictographic without asking ICU for the common case: below U+203C only © and ® have
     * the property (checked against ICU by TokenizerShortcutsTest).
     */
    static boolean isPictographic(int cp) {
        if (cp < 0x203C) {
            return cp == 0xA9 || cp == 0xAE;
        }
        return UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC);
    }

    private void addWords(String text, Consumer<Lexicon.Token> out) {
        if (SimpleWords.words(text, (start, end) -> addWord(text.substring(start, end), out))) {
            return;
        }
        if (words == null) {
            words = BreakIterator.getWordInstance(ULocale.ROOT);
        }
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) { // else spaces and punctuation
                addWord(text.substring(start, end), out);
            }
        }
    }

    private void addWord(String word, Consumer<Lexicon.Token> out) {
        Lexicon.Token[] tokens = lexicon.words.get(word);
        if (tokens == null) {
            tokens = wordTokens(word);
            lexicon.words.putIfAbsent(word, tokens);
        }
        for (Lexicon.Token t : tokens) {
            out.accept(t);
        }
    }

    /** The tokens one word yields: its numbers, then the folded word and its stem if long enough. */
    private Lexicon.Token[] wordTokens(String word) {
        java.util.List<String> out = new java.util.ArrayList<>(3);
        addNumbers(word, out);
        String folded = foldWord(word);
        if (!folded.isEmpty() && !Character.isDigit(folded.charAt(0))) {
            if (folded.length() >= MIN_WORD_LENGTH) {
                out.add(TokenKind.WORD.prefix + folded);
            }
            if (folded.length() >= STEM_LENGTH) {
                // A crude, language-blind stem: cognates and transliterated names share their first letters
                // (Paris/Parizh, responsable/responsible, Dubai/Dubae).
                out.add(TokenKind.STEM.prefix + folded.substring(0, STEM_LENGTH));
            }
        }
        Lexicon.Token[] tokens = new Lexicon.Token[out.size()];
        for (int k = 0; k < tokens.length; k++) {
            tokens[k] = lexicon.token(out.get(k));
        }
        return tokens;
    }

    /** Every run of decimal digits in any script, as its numeric value without leading zeros. */
    private static void addNumbers(String word, java.util.List<String> out) {
        if (!mayHaveDigits(word)) {
            return;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i <= word.length(); ) {
            int cp = i < word.length() ? word.codePointAt(i) : -1;
            int d = cp < 0 ? -1 : cp < 0x80 ? (cp >= '0' && cp <= '9' ? cp - '0' : -1) : UCharacter.digit(cp, 10);
            if (d >= 0) {
                digits.append((char) ('0' + d));
            } else if (digits.length() > 0) {
                int zeros = 0;
                while (zeros < digits.length() - 1 && digits.charAt(zeros) == '0') {
                    zeros++;
                }
                out.add(TokenKind.NUMBER.prefix + digits.substring(zeros));
                digits.setLength(0);
            }
            i += cp < 0 ? 1 : Character.charCount(cp);
        }
    }

    /** False only if every character is an ASCII non-digit or a table letter (no digit value in any script). */
    private static boolean mayHaveDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x80 ? c >= '0' && c <= '9' : SimpleWords.classOf(c) != SimpleWords.LETTER) {
                return true;
            }
        }
        return false;
    }

    /** Any script to lower-case ASCII letters and digits (ICU handles case, diacritics and scripts). */
    String foldWord(String word) {
        String folded = LatinFold.fold(word); // ASCII and precomposed Latin letters: the same as ICU, quicker
        return folded != null ? folded : foldWithIcu(word);
    }

    String foldWithIcu(String word) {
        if (fold == null) {
            fold = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
        }
        String latin = fold.transliterate(word);
        StringBuilder sb = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether the first character after ASCII whitespace could begin LIST_MARKER: a decimal digit or a bullet. */
    private static boolean mayStartWithListMarker(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || (text.charAt(i) >= '\t' && text.charAt(i) <= '\r'))) {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        int cp = text.codePointAt(i);
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER || BULLETS.indexOf(cp) >= 0;
    }

    /** Whether some '.' follows three w of either case: "www." as the URL pattern's (?i) sees it. */
    private static boolean hasWwwDot(String text) {
        for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if ((text.charAt(dot - 1) | 0x20) == 'w' && (text.charAt(dot - 2) | 0x20) == 'w'
                    && (text.charAt(dot - 3) | 0x20) == 'w') {
                return true;
            }
        }
        return false;
    }
}
