package org.stemma.align.internal;

import java.util.List;

/**
 * Aligns one witness pair: builds the features, estimates the length ratio, runs the programme.
 *
 * <p>The length ratio starts as total other length / total base length. That first guess is wrong
 * whenever the other witness has much extra or missing text (a commentary, a repeated copy, a copy
 * that stops early), so a first pass runs with a widened length tolerance and the ratio is then
 * re-estimated from the beads it found.
 */
public final class PairAligner {
    /** Re-align only if the re-estimated ratio differs by more than this (log scale). */
    static final double RATIO_TOLERANCE = 0.05;
    static final double FIRST_PASS_SIGMA_SCALE = 1.5;

    private PairAligner() {}

    public static List<Bead> align(FeatureTable features) {
        double ratio = initialRatio(features);
        List<Bead> first = new BeamAligner(new BeadScorer(features, ratio, FIRST_PASS_SIGMA_SCALE)).align();
        double refined = ratioOf(first, features, ratio);
        return new BeamAligner(new BeadScorer(features, refined, 1.0)).align();
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

    /** Ratio over the aligned beads; the fallback if nothing was aligned. */
    private static double ratioOf(List<Bead> beads, FeatureTable f, double fallback) {
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
