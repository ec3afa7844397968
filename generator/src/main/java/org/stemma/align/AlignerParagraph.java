package org.stemma.align;

public record AlignerParagraph(String id, String text) {}
