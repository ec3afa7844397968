package org.stemma.model;

/**
 * Where a note sits in the sources. For a quote, {@code start}/{@code end} are 0-based code point
 * offsets in line {@code lines.first()}, end exclusive; for a paragraph or a line range they are -1.
 *
 * @param paragraph the witness paragraph containing the target, or null for paratext
 */
public record Anchor(String source, LineRange lines, String quote, int start, int end, String paragraph) {

    public boolean isQuote() {
        return quote != null;
    }
}
