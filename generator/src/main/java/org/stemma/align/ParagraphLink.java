package org.stemma.align;

/**
 * Proposed membership of one paragraph of another witness: the base paragraph ids (alignment units)
 * it covers, in order (empty = aligns to nothing: chrome, commentary, extra paragraph), and a
 * confidence in [0,1].
 */
public record ParagraphLink(String paragraphId, java.util.List<String> baseParagraphIds, double confidence) {}
