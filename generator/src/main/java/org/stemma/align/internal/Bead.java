package org.stemma.align.internal;

/**
 * One step of an alignment path: other paragraphs {@code [otherStart, otherEnd)} correspond to base
 * paragraphs {@code [baseStart, baseEnd)}. An empty base range means the other paragraphs align to
 * nothing. {@code score} is the bead's own score, {@code margin} how much better it was than the
 * best alternative seen for the same paragraphs (used for confidence).
 */
public record Bead(int otherStart, int otherEnd, int baseStart, int baseEnd, double score, double margin) {
    public boolean isSkip() {
        return baseStart == baseEnd;
    }
}
