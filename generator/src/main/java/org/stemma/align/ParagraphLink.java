package org.stemma.align;

public record ParagraphLink(String paragraphId, java.util.List<String> baseParagraphIds, double confidence) {}
