package org.stemma.notes;

import java.util.List;
import java.util.Optional;

/**
 * Finds where a quote most probably went after the source was edited: the substring of the scope
 * with the smallest edit distance to the quote (Sellers' approximate matching), accepted when its
 * similarity (1 - distance / quote length) is at least {@link #THRESHOLD}, as Hypothesis does.
 */
final class FuzzyQuote {
    static final double THRESHOLD = 0.8;

    /** A match: 1-based line, char offsets [start, end) in that line, and its similarity. */
    record Match(int line, int start, int end, double similarity) {
    }

    private FuzzyQuote() {
    }

    static Optional<Match> find(String quote, List<Integer> scope, java.util.function.IntFunction<String> lineText) {
        Match best = null;
        for (int n : scope) {
            Match m = bestIn(quote, lineText.apply(n), n);
            if (m != null && (best == null || m.similarity() > best.similarity())) best = m;
        }
        return best != null && best.similarity() >= THRESHOLD ? Optional.of(best) : Optional.empty();
    }

    private static Match bestIn(String quote, String text, int line) {
        int m = quote.length(), n = text.length();
        if (m == 0 || n == 0) return null;
        // prev[j]/cur[j]: distance of quote[0..i) against some substring ending at text position j; start[] tracks where it began.
        int[] prev = new int[n + 1], cur = new int[n + 1];
        int[] prevStart = new int[n + 1], curStart = new int[n + 1];
        for (int j = 0; j <= n; j++) prevStart[j] = j;
        for (int i = 1; i <= m; i++) {
            cur[0] = i;
            curStart[0] = 0;
            for (int j = 1; j <= n; j++) {
                int sub = prev[j - 1] + (quote.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1);
                int del = prev[j] + 1;
                int ins = cur[j - 1] + 1;
                if (sub <= del && sub <= ins) {
                    cur[j] = sub;
                    curStart[j] = prevStart[j - 1];
                } else if (del <= ins) {
                    cur[j] = del;
                    curStart[j] = prevStart[j];
                } else {
                    cur[j] = ins;
                    curStart[j] = curStart[j - 1];
                }
            }
            int[] t = prev; prev = cur; cur = t;
            t = prevStart; prevStart = curStart; curStart = t;
        }
        int bestEnd = -1;
        for (int j = 1; j <= n; j++) if (bestEnd < 0 || prev[j] < prev[bestEnd]) bestEnd = j;
        double similarity = 1.0 - (double) prev[bestEnd] / m;
        return new Match(line, prevStart[bestEnd], bestEnd, similarity);
    }
}
