package org.stemma.align.internal;

/**
 * The words (letter and number segments) that ICU's word BreakIterator finds, for text made only of
 * characters whose word-break behaviour is plain: Latin, Greek and Cyrillic letters, ASCII digits,
 * spaces, common punctuation. Following Unicode's word-break rules (UAX #29) for these classes:
 * letters and digits join; '.', apostrophes and ’ join two letters or two digits; ',' and ';' join
 * two digits; everything else separates. Text with any other character, or with one of the few whose
 * treatment varies (':', '@', '_', '·', soft hyphen) next to a non-separator, is left to ICU.
 * Setting up and running the BreakIterator cost more than the rest of tokenizing; TokenizerShortcutsTest
 * compares the two on real and random text.
 */
final class SimpleWords {
    static final byte OTHER = 0, SEPARATOR = 1, LETTER = 2, DIGIT = 3, MID_NUM = 4, MID_NUM_LET = 5, GLUE = 6;
    private static final int LIMIT = 0x2030;
    private static final byte[] CLASS = new byte[LIMIT];

    static {
        for (int c = 0; c < 0x80; c++) {
            CLASS[c] = SEPARATOR;
        }
        for (int c = 'a'; c <= 'z'; c++) {
            CLASS[c] = LETTER;
            CLASS[c - 'a' + 'A'] = LETTER;
        }
        for (int c = '0'; c <= '9'; c++) {
            CLASS[c] = DIGIT;
        }
        CLASS['.'] = MID_NUM_LET;
        CLASS['\''] = MID_NUM_LET;
        CLASS[','] = MID_NUM;
        CLASS[';'] = MID_NUM;
        CLASS[':'] = GLUE;
        CLASS['@'] = GLUE;
        CLASS['_'] = GLUE;
        for (char c : LatinFold.letters().toCharArray()) {
            CLASS[c] = LETTER;
        }
        for (int c = 0x386; c < 0x500; c++) { // Greek and Cyrillic letters (not their marks or signs)
            if (Character.isLetter(c) && c != 0x387) {
                CLASS[c] = LETTER;
            }
        }
        for (char c : "\u00a0¡¢£¤¥¦§¨©«¬®¯°±´¶¸»¿×÷‐‑‒–—―“”„‟†‡•…".toCharArray()) {
            CLASS[c] = SEPARATOR;
        }
        CLASS['\u00b7'] = GLUE;
        CLASS['\u00ad'] = GLUE;
        CLASS['\u2018'] = MID_NUM_LET;
        CLASS['\u2019'] = MID_NUM_LET;
    }

    /** Receives each word as a range of the text. */
    interface Sink {
        void word(int start, int end);
    }

    private SimpleWords() {}

    static byte classOf(char c) {
        return c < LIMIT ? CLASS[c] : OTHER;
    }

    /**
     * Whether every character is of a class above: such text is in NFC whatever the order of its
     * characters (each is NFC_Quick_Check=Yes with combining class 0, as TokenizerShortcutsTest checks).
     */
    static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= LIMIT || CLASS[c] == OTHER) {
                return false;
            }
        }
        return true;
    }

    /** Passes every word of {@code text} to {@code sink} and returns true, or returns false at once if ICU is needed. */
    static boolean words(String text, Sink sink) {
        int n = text.length();
        byte[] cls = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            byte k = c < LIMIT ? CLASS[c] : OTHER;
            if (k == OTHER) {
                return false;
            }
            cls[i] = k;
        }
        for (int i = 0; i < n; i++) {
            if (cls[i] == GLUE && ((i > 0 && cls[i - 1] != SEPARATOR) || (i + 1 < n && cls[i + 1] != SEPARATOR))) {
                return false;
            }
        }
        for (int i = 0; i < n; ) {
            if (cls[i] != LETTER && cls[i] != DIGIT) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n) {
                byte here = cls[end];
                if (here == LETTER || here == DIGIT) {
                    end++;
                } else if (end + 1 < n && joins(cls[end - 1], here, cls[end + 1])) {
                    end += 2;
                } else {
                    break;
                }
            }
            sink.word(i, end);
            i = end;
        }
        return true;
    }

    /** UAX #29 rules WB6/7 and WB11/12 for the classes above. */
    private static boolean joins(byte before, byte mid, byte after) {
        if (before == LETTER && after == LETTER) {
            return mid == MID_NUM_LET;
        }
        return before == DIGIT && after == DIGIT && (mid == MID_NUM || mid == MID_NUM_LET);
    }
}
