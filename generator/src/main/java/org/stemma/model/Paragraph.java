package org.stemma.model;

import java.util.List;

/**
 * One paragraph of a witness.
 *
 * @param id         {@code <witness>.<number>}, stable as long as the witness's lines are
 * @param lines      the source lines it spans (blank lines inside a block paragraph included)
 * @param text       the paragraph's lines, joined with a newline
 * @param units      alignment units it belongs to; empty when it has no counterpart in the base
 * @param confidence 1 for the editors' alignment, the aligner's confidence otherwise
 * @param alignedBy  "editors", "aligner" or "base"
 */
public record Paragraph(String id, String witness, int number, LineRange lines, String text,
                        List<String> units, double confidence, String alignedBy) {

    public Paragraph withUnits(List<String> newUnits, double newConfidence, String by) {
        return new Paragraph(id, witness, number, lines, text, List.copyOf(newUnits), newConfidence, by);
    }

    /** The anchor of the paragraph on its reading page: its first unit's, or its own number when unaligned. */
    public String anchor() {
        return units.isEmpty() ? "x" + number : "p" + units.get(0);
    }
}
