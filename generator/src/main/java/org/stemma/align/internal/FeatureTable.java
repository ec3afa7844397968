package org.stemma.align.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        Vocabulary v = new Vocabulary(tokenizer);
        Tokenizer.Paragraphs baseRead = tokenizer.readBase(baseTexts);
        Tokenizer.Paragraphs otherRead = tokenizer.read(otherTexts);
        int[][] base = v.read(baseRead.tokens(), 0);
        int[][] other = v.read(otherRead.tokens(), 1);

        // Ids in first-occurrence order over base then other: reproducible, independent of hashing.
        // Local ids already are in that order, so the shared ones keep their relative order.
        int[] ids = new int[v.size()];
        double[] weights = new double[v.size()];
        int shared = 0;
        int paragraphs = base.length + other.length;
        for (int t = 0; t < v.size(); t++) {
            if (v.df[0][t] > 0 && v.df[1][t] > 0) {
                weights[shared] = TokenKind.of(v.tokens.get(t)).weight
                        * Math.log((paragraphs + 1.0) / (v.df[0][t] + v.df[1][t]));
                ids[t] = shared++;
            } else {
                ids[t] = -1;
            }
        }
        weight = Arrays.copyOf(weights, shared);
        baseTokens = toIds(base, ids);
        otherTokens = toIds(other, ids);
        baseMass = mass(baseTokens, weight);
        otherMass = mass(otherTokens, weight);
        baseLength = baseRead.lengths();
        otherLength = otherRead.lengths();
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
                addMatch(a[x], x, seenA, acc);
                x++;
                y++;
            }
        }
    }

    /** One shared token: its weight counts once per occurrence, and once per token of {@code a} (acc[0], acc[2]). */
    private void addMatch(int token, int x, boolean[] seenA, double[] acc) {
        double w = weight[token];
        acc[1] += w;
        acc[3]++;
        if (!seenA[x]) {
            seenA[x] = true;
            acc[0] += w;
            acc[2]++;
        }
    }

    /**
     * As {@link #accumulate} with {@code a} given by its marks: {@code markA[t]} is one plus the
     * position of token {@code t} in {@code a}, zero if absent. Matches come in the same (token id)
     * order, so the sums are the same to the last bit; but the cost is the length of {@code b}
     * alone, which pays when one paragraph is compared with many.
     */
    void accumulateMarked(int[] markA, int[] b, boolean[] seenA, double[] acc) {
        for (int t : b) {
            int x = markA[t] - 1;
            if (x >= 0) addMatch(t, x, seenA, acc);
        }
    }

    /** Sets (or with {@code on} false, clears) the marks of token list {@code a} for {@link #accumulateMarked}. */
    static void mark(int[] marks, int[] a, boolean on) {
        for (int x = 0; x < a.length; x++) {
            marks[a[x]] = on ? x + 1 : 0;
        }
    }

    /**
     * The tokens of one witness pair numbered in first-occurrence order, with per side the number of
     * paragraphs each occurs in; each paragraph becomes its distinct token numbers in first-occurrence order.
     */
    private static final class Vocabulary {
        final List<String> tokens = new ArrayList<>();
        final int[][] df = {new int[64], new int[64]};
        /** Per token, the last paragraph (numbered over both sides) it was counted for. */
        int[] seenIn = new int[64];
        int paragraph;
        private final Tokenizer tk;
        private final int pair;

        Vocabulary(Tokenizer tokenizer) {
            tk = tokenizer;
            pair = ++tokenizer.pairSerial;
        }

        int size() {
            return tokens.size();
        }

        int[][] read(Lexicon.Token[][] paragraphs, int side) {
            int[][] out = new int[paragraphs.length][];
            int[] buffer = new int[64];
            for (int p = 0; p < out.length; p++) {
                int serial = ++paragraph;
                int n = 0;
                for (Lexicon.Token token : paragraphs[p]) {
                    int id = id(token);
                    if (seenIn[id] != serial) {
                        seenIn[id] = serial;
                        df[side][id]++;
                        if (n == buffer.length) {
                            buffer = Arrays.copyOf(buffer, n * 2);
                        }
                        buffer[n++] = id;
                    }
                }
                out[p] = Arrays.copyOf(buffer, n);
            }
            return out;
        }

        /** The token's number in this pair, given in order of first occurrence. */
        private int id(Lexicon.Token token) {
            int g = token.id();
            if (g >= tk.localPair.length) {
                int size = Math.max(g + 1, tk.localPair.length * 2);
                tk.localPair = Arrays.copyOf(tk.localPair, size);
                tk.local = Arrays.copyOf(tk.local, size);
            }
            if (tk.localPair[g] == pair) {
                return tk.local[g];
            }
            int next = tokens.size();
            tk.localPair[g] = pair;
            tk.local[g] = next;
            tokens.add(token.text());
            if (next == seenIn.length) {
                seenIn = Arrays.copyOf(seenIn, next * 2);
                df[0] = Arrays.copyOf(df[0], next * 2);
                df[1] = Arrays.copyOf(df[1], next * 2);
            }
            return next;
        }
    }

    /** Shared-token ids of each paragraph, sorted; tokens found on one side only are dropped. */
    private static int[][] toIds(int[][] side, int[] ids) {
        int[][] out = new int[side.length][];
        for (int p = 0; p < out.length; p++) {
            int[] local = side[p];
            int[] kept = new int[local.length];
            int n = 0;
            for (int t : local) {
                if (ids[t] >= 0) {
                    kept[n++] = ids[t];
                }
            }
            out[p] = Arrays.copyOf(kept, n);
            Arrays.sort(out[p]);
        }
        return out;
    }

    private static double[] mass(int[][] tokens, double[] weight) {
        return Arrays.stream(tokens).mapToDouble(ts -> Arrays.stream(ts).mapToDouble(t -> weight[t]).sum()).toArray();
    }
}
