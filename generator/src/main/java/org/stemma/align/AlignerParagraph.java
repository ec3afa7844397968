package org.stemma.align;

/** One paragraph as the aligner sees it: an opaque id and its plain text. */
public record AlignerParagraph(String id, String text) {}
