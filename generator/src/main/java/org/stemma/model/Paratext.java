package org.stemma.model;

/** Source lines outside every witness, described by the editors. */
public record Paratext(String source, LineRange lines, String kind, String description, String text) {
}
