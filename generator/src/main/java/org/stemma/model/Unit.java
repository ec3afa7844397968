package org.stemma.model;

import java.util.List;

/** An alignment unit: one paragraph of the base witness and its counterparts, base first. */
public record Unit(String id, List<String> paragraphs) {
}
