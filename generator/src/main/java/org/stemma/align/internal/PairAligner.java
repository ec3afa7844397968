package org.stemma.align.internal;

import java.util.List;

/**
 * Aligns one witness pair: builds the features, estimates the length ratio, runs the programme.
 *
 * <p>The length ratio starts as total other length / total base length. That first guess is wrong
 * whenever the other witness has much extra or missing text (a commentary, a repeated copy, a copy
 * that stops early), so a first pass runs with a widened length tolerance and the ratio is then
 * re-estimated from the one-to-one beads found, which are the least ambiguous; this repeats until
 * the ratio settles (at most {@link #MAX_PASSES} passes).
 */
public final class PairAligner {
    /** Re-align only if the re-estimated ratio differs by more than this (log scale). */
    static final double RATIO_TOLERANCE = 0.05;
    static final double FIRST_PASS_SIGMA_SCALE = 2.0;
    static final int MAX_PASSES = 3;
    /** Token match rate assumed before anything is aligned: closer to translations than to copies. */
    static final double INITIAL_MATCH_RATE = 0.3;
    static final double MIN_MATCH_RATE = 0.05;
    static final double MAX_MATCH_RATE = 0.9;

    private PairAligner() {}

    public static List<Bead> align(FeatureTable features) {
        double ratio = initialRatio(features);
        double matchRate = INITIAL_MATCH_RATE;
        List<Bead> beads = new BeamAligner(new BeadScorer(features, ratio, FIRST_PASS_SIGMA_SCALE, matchRate)).align();
        for (int pass = 2; pass <= MAX_PASSES; pass++) {
            double refined = ratioOf(beads, features, ratio);
            double refinedRate = matchRateOf(beads, features, matchRate);
            if (pass > 2 && Math.abs(Math.log(refined / ratio)) <= RATIO_TOLERANCE
                    && Math.abs(refinedRate - matchRate) <= RATIO_TOLERANCE) {
                break;
            }
            ratio = refined;
            matchRate = refinedRate;
            beads = new BeamAligner(new BeadScorer(features, ratio, 1.0, matchRate)).align();
        }
        return beads;
    }

    private static double initialRatio(FeatureTable f) {
        long base = 0;
        long other = 0;
        for (int v : f.baseLength) {
            base += v;
        }
        for (int v : f.otherLength) {
            other += v;
        }
        return base == 0 || other == 0 ? 1.0 : (double) other / base;
    }

    /**
     * Ratio over the one-to-one beads if they carry at least half of the aligned text, else over all
     * aligned beads (a run-on witness has few one-to-one beads, and they may be tiny), else the fallback.
     */
    private static double ratioOf(List<Bead> beads, FeatureTable f, double fallback) {
        List<Bead> simple = beads.stream()
                .filter(b -> b.otherEnd() - b.otherStart() == 1 && b.baseEnd() - b.baseStart() == 1).toList();
        return 2 * baseLength(simple, f) >= baseLength(beads, f) ? totalRatio(simple, f, fallback) : totalRatio(beads, f, fallback);
    }

    /** Share of the tokens of aligned paragraphs that occur on the other side of their bead. */
    private static double matchRateOf(List<Bead> beads, FeatureTable f, double fallback) {
        double found = 0;
        double total = 0;
        for (Bead b : beads) {
            if (b.isSkip()) {
                continue;
            }
            double[] acc = new double[4];
            for (int i = b.otherStart(); i < b.otherEnd(); i++) {
                boolean[] seen = new boolean[f.otherTokens[i].length];
                for (int k = b.baseStart(); k < b.baseEnd(); k++) {
                    f.accumulate(f.otherTokens[i], f.baseTokens[k], seen, acc);
                }
                total += seen.length;
            }
            for (int k = b.baseStart(); k < b.baseEnd(); k++) {
                boolean[] seen = new boolean[f.baseTokens[k].length];
                for (int i = b.otherStart(); i < b.otherEnd(); i++) {
                    f.accumulate(f.baseTokens[k], f.otherTokens[i], seen, acc);
                }
                total += seen.length;
            }
            found += acc[2]; // newly seen counts of both loops: each token of each paragraph once
        }
        return total == 0 ? fallback : Math.max(MIN_MATCH_RATE, Math.min(MAX_MATCH_RATE, found / total));
    }

    private static long baseLength(List<Bead> beads, FeatureTable f) {
        long sum = 0;
        for (Bead b : beads) {
            for (int k = b.baseStart(); k < b.baseEnd(); k++) {
                sum += f.baseLength[k];
            }
        }
        return sum;
    }

    private static double totalRatio(List<Bead> beads, FeatureTable f, double fallback) {
        long base = 0;
        long other = 0;
        for (Bead b : beads) {
            if (!b.isSkip()) {
                for (int k = b.baseStart(); k < b.baseEnd(); k++) {
                    base += f.baseLength[k];
                }
                for (int i = b.otherStart(); i < b.otherEnd(); i++) {
                    other += f.otherLength[i];
                }
            }
        }
        return base == 0 || other == 0 ? fallback : (double) other / base;
    }
}
