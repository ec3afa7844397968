package org.stemma.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search index's dictionary: folded word → the documents holding it, kept as they are written
 * (stemma-search/2): each term's ascending document numbers as the first number, then the gaps,
 * each number in base 32, most significant digit first, with the base64url alphabet: a digit from
 * its first half ({@code A–Z a–f}, 0–31) is followed by more, one from its second half
 * ({@code g–z 0–9 - _}, 0–31) ends the number. A gap below 32 is one character and the string needs
 * no escaping; search.js decodes a term's string only when a query reaches it.
 */
final class SearchTerms {
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final byte[] DIGIT = DIGITS.getBytes(StandardCharsets.US_ASCII);

    /** Folded word → term number. */
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    /** Per term: its encoded postings, their length, and the last document added (-1: none yet). */
    private byte[][] codes = new byte[1 << 10][];
    private int[] lengths = new int[1 << 10];
    private int[] last = new int[1 << 10];
    /**
     * Each word as written → its term number (-1 when it folds to nothing). Folding is costly (ICU
     * normalisation and case mapping) and most words recur, so a word is folded and its term found
     * once; the millions of occurrences are looked up by their place in the text, with no string.
     */
    private final WordTable byWord = new WordTable();

    /** Adds every word of {@code text} to document {@code doc}; documents come in ascending order. */
    void addWords(String text, int doc) {
        Fold.forEachWord(text, (chars, start, end, hash) -> {
            int term = byWord.get(chars, start, end, hash);
            if (term == WordTable.ABSENT) {
                String word = new String(chars, start, end - start);
                term = termOf(Fold.fold(word));
                byWord.put(word.toCharArray(), hash, term);
            }
            if (term >= 0 && last[term] != doc) add(term, doc);
        });
    }

    private int termOf(String folded) {
        if (folded.isEmpty()) return -1;
        Integer known = numbers.get(folded);
        if (known != null) return known;
        int term = names.size();
        names.add(folded);
        numbers.put(folded, term);
        if (term == codes.length) {
            codes = Arrays.copyOf(codes, term * 2);
            lengths = Arrays.copyOf(lengths, term * 2);
            last = Arrays.copyOf(last, term * 2);
        }
        codes[term] = new byte[4];
        last[term] = -1;
        return term;
    }

    private void add(int term, int doc) {
        int previous = last[term];
        int gap = previous < 0 ? doc : doc - previous;
        last[term] = doc;
        byte[] code = codes[term];
        int n = lengths[term];
        if (n + 7 > code.length) codes[term] = code = Arrays.copyOf(code, Math.max(n + 7, code.length * 2));
        if (gap >= 32) { // most gaps are one digit
            int shift = 5;
            while (shift < 30 && gap >>> shift + 5 != 0) shift += 5;
            for (; shift > 0; shift -= 5) code[n++] = DIGIT[gap >>> shift & 31];
        }
        code[n++] = DIGIT[32 + (gap & 31)];
        lengths[term] = n;
    }

    /** Folded words, sorted as search.js compares strings (UTF-16 code units, as String.compareTo). */
    List<String> sorted() {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        return sorted;
    }

    /** The encoded postings of a term (ASCII), and their length. */
    byte[] code(String term) {
        return codes[numbers.get(term)];
    }

    int codeLength(String term) {
        return lengths[numbers.get(term)];
    }

    /** The document numbers of an encoded postings string, as search.js reads them. */
    static int[] decode(String code) {
        int[] out = new int[code.length()];
        int count = 0, doc = 0, n = 0;
        for (int i = 0; i < code.length(); i++) {
            int v = DIGITS.indexOf(code.charAt(i));
            if (v < 0) throw new IllegalArgumentException("not a postings digit: " + code.charAt(i));
            n = n * 32 + (v & 31);
            if (v >= 32) {
                doc += n;
                out[count++] = doc;
                n = 0;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** Open addressing, linear probing; each slot keeps its key's hash to skip most comparisons. */
    private static final class WordTable {
        static final int ABSENT = Integer.MIN_VALUE;
        private char[][] keys = new char[1 << 12][];
        private int[] hashes = new int[1 << 12];
        private int[] values = new int[1 << 12];
        private int size;

        int get(char[] text, int start, int end, int hash) {
            int mask = keys.length - 1;
            int len = end - start;
            for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
                char[] k = keys[i];
                if (k == null) return ABSENT;
                if (hashes[i] == hash && k.length == len && same(k, text, start)) return values[i];
            }
        }

        private static boolean same(char[] key, char[] text, int start) {
            return Arrays.equals(key, 0, key.length, text, start, start + key.length);
        }

        void put(char[] key, int hash, int value) {
            if (2 * (size + 1) > keys.length) grow();
            int mask = keys.length - 1;
            int i = spread(hash) & mask;
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = key;
            hashes[i] = hash;
            values[i] = value;
            size++;
        }

        private void grow() {
            char[][] oldKeys = keys;
            int[] oldHashes = hashes;
            int[] oldValues = values;
            keys = new char[oldKeys.length * 2][];
            hashes = new int[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != null) put(oldKeys[i], oldHashes[i], oldValues[i]);
        }

        /** String hashes of similar words differ mostly in their high bits: mixed before masking. */
        private static int spread(int h) {
            h *= 0x9E3779B9;
            return h ^ h >>> 16;
        }
    }
}
