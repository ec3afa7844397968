package org.stemma.align;

/** A witness: id, BCP 47 language tag, paragraphs in reading order. */
public record AlignerWitness(String id, String lang, java.util.List<AlignerParagraph> paragraphs) {}
