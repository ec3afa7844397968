package org.stemma.model;

/** How a witness's lines split into paragraphs. */
public enum ParagraphRule {
    /** Every non-blank line is a paragraph (web copies, one paragraph per line). */
    LINE,
    /** A run of non-blank lines separated by blank lines is a paragraph (hard-wrapped sources). */
    BLOCK;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
