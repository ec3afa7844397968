package org.stemma.diagnostics;

import java.util.Collection;

/** "Did you mean" hints for misspelt keys and ids. */
public final class Suggest {
    private Suggest() {
    }

    /** A hint like {@code " (did you mean 'source'?)"}, or "" when nothing is close. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(wrong.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null || bestDistance > Math.max(2, wrong.length() / 3)) return "";
        return " (did you mean '" + best + "'?)";
    }

    static int distance(String a, String b) {
        int[] prevPrev = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                // A swap of two neighbours ("knid" for "kind") is one typo, not two.
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], prevPrev[j - 2] + 1);
                }
            }
            int[] t2 = prevPrev;
            prevPrev = prev;
            prev = cur;
            cur = t2;
        }
        return prev[b.length()];
    }
}
