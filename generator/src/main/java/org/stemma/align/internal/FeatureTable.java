package org.stemma.align.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evidence of one witness pair in compact form: per paragraph its length and the sorted ids of
 * the tokens it shares with the vocabulary of the other witness, plus one weight per token id.
 *
 * <p>Only tokens that occur in both witnesses are kept: a token found on one side only cannot tell
 * which paragraphs correspond, and keeping it would make every cross-language pair look equally bad.
 * Weights are the kind weight times an inverse document frequency over both witnesses, so that
 * "Telegram" in every paragraph counts little and "950" in one counts a lot.
 */
public final class FeatureTable {
    final int[] baseLength;
    final int[] otherLength;
    final int[][] baseTokens;
    final int[][] otherTokens;
    final double[] baseMass;
    final double[] otherMass;
    final double[] weight;

    public FeatureTable(List<String> baseTexts, List<String> otherTexts, Tokenizer tokenizer) {
        List<Set<String>> base = tokenize(baseTexts, tokenizer);
        List<Set<String>> other = tokenize(otherTexts, tokenizer);
        Map<String, int[]> df = new HashMap<>(); // [paragraphs in base, paragraphs in other]
        count(base, df, 0);
        count(other, df, 1);

        // Ids in first-occurrence order over base then other: reproducible, independent of hashing.
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<Double> weights = new ArrayList<>();
        int paragraphs = base.size() + other.size();
        for (List<Set<String>> side : List.of(base, other)) {
            for (Set<String> p : side) {
                for (String t : p) {
                    int[] f = df.get(t);
                    if (f[0] > 0 && f[1] > 0 && !ids.containsKey(t)) {
                        ids.put(t, ids.size());
                        weights.add(TokenKind.of(t).weight * Math.log((paragraphs + 1.0) / (f[0] + f[1])));
                    }
                }
            }
        }
        weight = weights.stream().mapToDouble(Double::doubleValue).toArray();
        baseTokens = toIds(base, ids);
        otherTokens = toIds(other, ids);
        baseMass = mass(baseTokens, weight);
        otherMass = mass(otherTokens, weight);
        baseLength = baseTexts.stream().mapToInt(Tokenizer::length).toArray();
        otherLength = otherTexts.stream().mapToInt(Tokenizer::length).toArray();
    }

    public int baseSize() {
        return baseLength.length;
    }

    public int otherSize() {
        return otherLength.length;
    }

    /**
     * Adds to {@code acc} the overlap of paragraph token lists {@code a} and {@code b}: {@code acc[1]}
     * gets the full shared weight, {@code acc[0]} only the weight of tokens of {@code a} not already
     * marked in {@code seenA}; {@code acc[3]} and {@code acc[2]} get the same as token counts. Summing
     * over a span this way gives the exact covered mass on both sides: {@code a} is the single
     * paragraph, {@code b} runs over the members of the span.
     */
    void accumulate(int[] a, int[] b, boolean[] seenA, double[] acc) {
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] < b[y]) {
                x++;
            } else if (a[x] > b[y]) {
                y++;
            } else {
                double w = weight[a[x]];
                acc[1] += w;
                acc[3]++;
                if (!seenA[x]) {
                    seenA[x] = true;
                    acc[0] += w;
                    acc[2]++;
                }
                x++;
                y++;
            }
        }
    }

    private static List<Set<String>> tokenize(List<String> texts, Tokenizer tokenizer) {
        List<Set<String>> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(tokenizer.tokens(t));
        }
        return out;
    }

    private static void count(List<Set<String>> side, Map<String, int[]> df, int column) {
        for (Set<String> p : side) {
            for (String t : p) {
                df.computeIfAbsent(t, k -> new int[2])[column]++;
            }
        }
    }

    private static int[][] toIds(List<Set<String>> side, Map<String, Integer> ids) {
        int[][] out = new int[side.size()][];
        for (int p = 0; p < out.length; p++) {
            out[p] = side.get(p).stream().map(ids::get).filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).sorted().toArray();
        }
        return out;
    }

    private static double[] mass(int[][] tokens, double[] weight) {
        return Arrays.stream(tokens).mapToDouble(ts -> Arrays.stream(ts).mapToDouble(t -> weight[t]).sum()).toArray();
    }
}
