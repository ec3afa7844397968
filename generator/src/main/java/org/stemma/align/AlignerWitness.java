package org.stemma.align;

public record AlignerWitness(String id, String lang, java.util.List<AlignerParagraph> paragraphs) {}
