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
 *   <li>Shared tokens: rarity weight of the tokens shared, minus a cost per token left unmatched.</li>
 * </ul>
 */
final class BeadScorer {
    static final double SIGMA_LONG = 0.35;
    static final double SIGMA_SHORT = 0.4;
    /** Added to both lengths so that a 10-character heading is not held to a 10% tolerance. */
    static final double LENGTH_SMOOTHING = 20;
    /** Beyond this a length mismatch is simply "implausible"; tokens may still outweigh it. */
    static final double LENGTH_FLOOR = -8;
    /**
     * Paragraphs of this many characters (roughly) are where SIGMA_* apply; longer runs average out
     * the translator's verbosity, so the log-ratio tolerance shrinks with the square root of length
     * (Gale and Church's variance is proportional to length), down to a quarter.
     */
    static final double REFERENCE_LENGTH = 400;
    /**
     * Token evidence is additive, like a log-likelihood ratio scaled down (tokens are not independent):
     * each shared token counts its rarity weight, each token without a partner counts
     * ln(1 - matchRate), where matchRate is how often a token finds its partner in this witness pair.
     * Same-language witnesses have a high match rate, so a missing token is damning; translations
     * have a low one, and tokens that collide by accident cost little. Additivity matters for long
     * beads: a run-on that also covers the last two base paragraphs gains by every token it shares
     * with them, where a ratio such as Dice would barely move.
     */
    static final double TOKEN_SCALE = 0.1;
    /** Prior cost of any bead that is not 1:1; independent of the size so that run-ons stay possible. */
    static final double MERGE_PENALTY = 1.0;
    /**
     * In a split (several other paragraphs for one base paragraph) a piece shorter than this share of
     * the whole pays up to the cost of leaving it unaligned. Otherwise short chrome lines and headings
     * next to a paragraph would be swallowed into it for free instead of being skipped.
     */
    static final double PIECE_SHARE = 0.5;

    /**
     * Prior cost of a copy breaking off inside a paragraph. Such a bead is scored as a perfect length
     * match on the other side's tokens alone, since the missing end explains the missing base tokens.
     */
    static final double TRUNCATION_PENALTY = 1.5;

    private final FeatureTable features;
    private final long[] basePrefixLength;
    private final long[] otherPrefixLength;
    private final double[] basePrefixMass;
    private final double[] otherPrefixMass;
    private final double ratio;
    private final double sigmaScale;
    private final double missCost;
    private final int[] basePrefixCount;
    private final int[] otherPrefixCount;

    /**
     * @param ratio      expected other length / base length for this witness pair
     * @param sigmaScale widens the length tolerance while the ratio is still a rough guess
     * @param matchRate  share of tokens that find their partner in truly aligned paragraphs
     */
    BeadScorer(FeatureTable features, double ratio, double sigmaScale, double matchRate) {
        this.features = features;
        this.ratio = ratio;
        this.sigmaScale = sigmaScale;
        this.missCost = -Math.log(1 - matchRate);
        basePrefixCount = countPrefix(java.util.Arrays.stream(features.baseTokens).mapToInt(t -> t.length).toArray());
        otherPrefixCount = countPrefix(java.util.Arrays.stream(features.otherTokens).mapToInt(t -> t.length).toArray());
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

    /**
     * @param otherCovered weight of the other side's tokens found on the base side
     * @param baseCovered  weight of the base side's tokens found on the other side
     * @param otherFound   number of the other side's tokens found on the base side
     * @param baseFound    number of the base side's tokens found on the other side
     */
    double score(int oStart, int oEnd, int bStart, int bEnd, double otherCovered, double baseCovered,
                 double otherFound, double baseFound) {
        double unmatched = otherPrefixCount[oEnd] - otherPrefixCount[oStart] - otherFound
                + basePrefixCount[bEnd] - basePrefixCount[bStart] - baseFound;
        double s = lengthScore(otherLength(oStart, oEnd), baseLength(bStart, bEnd))
                + TOKEN_SCALE * (otherCovered + baseCovered - missCost * unmatched);
        if (oEnd - oStart == 1 && bEnd - bStart == 1) {
            return s;
        }
        s -= MERGE_PENALTY;
        if (oEnd - oStart > 1) {
            double whole = otherLength(oStart, oEnd);
            for (int i = oStart; i < oEnd; i++) {
                s -= BeamAligner.SKIP_OTHER * Math.max(0, 1 - features.otherLength[i] / whole / PIECE_SHARE);
            }
        }
        return s;
    }

    /** Other paragraph {@code i} is the beginning of one base paragraph; {@code otherCovered} as above. */
    double truncatedScore(int i, double otherCovered, double otherFound) {
        double unmatched = features.otherTokens[i].length - otherFound;
        return 1 - TRUNCATION_PENALTY + 2 * TOKEN_SCALE * (otherCovered - missCost * unmatched);
    }

    double lengthScore(long otherLength, long baseLength) {
        double z = Math.log((otherLength + LENGTH_SMOOTHING) / (ratio * baseLength + LENGTH_SMOOTHING));
        double size = Math.max(otherLength, ratio * baseLength) / REFERENCE_LENGTH;
        double sigma = (z < 0 ? SIGMA_SHORT : SIGMA_LONG) * sigmaScale / Math.sqrt(Math.min(16, Math.max(1, size)));
        return Math.max(LENGTH_FLOOR, 1 - 0.5 * (z / sigma) * (z / sigma));
    }

    private static int[] countPrefix(int[] values) {
        int[] p = new int[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            p[i + 1] = p[i] + values[i];
        }
        return p;
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
