package org.stemma.align.internal;

/**
 * Scores a bead: a run of other paragraphs {@code [oStart, oEnd)} against a run of base paragraphs
 * {@code [bStart, bEnd)}. Scores are log-likelihood-like: positive means "more plausible than
 * leaving the paragraphs unaligned", and beads are compared with the fixed costs of skipping.
 *
 * <p>Two kinds of evidence add up:
 * <ul>
 *   <li>Length (Gale-Church, but on the log of the length ratio so that long paragraphs are not
 *   judged more harshly than short ones). Being shorter than expected is penalised less than being
 *   longer, because copies get truncated and paraphrases get terse.</li>
 *   <li>Shared tokens: a Dice coefficient of the weighted shared-token mass on both sides.</li>
 * </ul>
 */
final class BeadScorer {
    static final double SIGMA_LONG = 0.35;
    static final double SIGMA_SHORT = 0.55;
    /** Added to both lengths so that a 10-character heading is not held to a 10% tolerance. */
    static final double LENGTH_SMOOTHING = 20;
    /** Beyond this a length mismatch is simply "implausible"; tokens may still outweigh it. */
    static final double LENGTH_FLOOR = -8;
    static final double TOKEN_WEIGHT = 4;
    /** Prior cost of any bead that is not 1:1; independent of the size so that run-ons stay possible. */
    static final double MERGE_PENALTY = 1.0;

    private final FeatureTable features;
    private final long[] basePrefixLength;
    private final long[] otherPrefixLength;
    private final double[] basePrefixMass;
    private final double[] otherPrefixMass;
    private final double ratio;
    private final double sigmaScale;

    /**
     * @param ratio      expected other length / base length for this witness pair
     * @param sigmaScale widens the length tolerance while the ratio is still a rough guess
     */
    BeadScorer(FeatureTable features, double ratio, double sigmaScale) {
        this.features = features;
        this.ratio = ratio;
        this.sigmaScale = sigmaScale;
        basePrefixLength = prefix(features.baseLength);
        otherPrefixLength = prefix(features.otherLength);
        basePrefixMass = prefix(features.baseMass);
        otherPrefixMass = prefix(features.otherMass);
    }

    FeatureTable features() {
        return features;
    }

    double ratio() {
        return ratio;
    }

    long baseLength(int bStart, int bEnd) {
        return basePrefixLength[bEnd] - basePrefixLength[bStart];
    }

    long otherLength(int oStart, int oEnd) {
        return otherPrefixLength[oEnd] - otherPrefixLength[oStart];
    }

    /** @param overlap sum of {@link FeatureTable#overlap} over all (other, base) paragraph pairs of the bead */
    double score(int oStart, int oEnd, int bStart, int bEnd, double overlap) {
        double s = lengthScore(otherLength(oStart, oEnd), baseLength(bStart, bEnd))
                + tokenScore(overlap, otherPrefixMass[oEnd] - otherPrefixMass[oStart],
                basePrefixMass[bEnd] - basePrefixMass[bStart]);
        return (oEnd - oStart == 1 && bEnd - bStart == 1) ? s : s - MERGE_PENALTY;
    }

    double lengthScore(long otherLength, long baseLength) {
        double z = Math.log((otherLength + LENGTH_SMOOTHING) / (ratio * baseLength + LENGTH_SMOOTHING));
        double sigma = (z < 0 ? SIGMA_SHORT : SIGMA_LONG) * sigmaScale;
        return Math.max(LENGTH_FLOOR, 1 - 0.5 * (z / sigma) * (z / sigma));
    }

    /**
     * Dice coefficient of the shared mass. The overlap of a multi-paragraph bead is a sum over pairs and
     * can count one token twice, so each side's coverage is capped at 1.
     */
    static double tokenScore(double overlap, double otherMass, double baseMass) {
        if (otherMass <= 0 || baseMass <= 0) {
            return 0;
        }
        double covered = Math.min(overlap, otherMass) + Math.min(overlap, baseMass);
        return TOKEN_WEIGHT * covered / (otherMass + baseMass);
    }

    private static long[] prefix(int[] values) {
        long[] p = new long[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            p[i + 1] = p[i] + values[i];
        }
        return p;
    }

    private static double[] prefix(double[] values) {
        double[] p = new double[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            p[i + 1] = p[i] + values[i];
        }
        return p;
    }
}
