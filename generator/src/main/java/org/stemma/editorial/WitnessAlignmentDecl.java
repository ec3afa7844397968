package org.stemma.editorial;

import org.stemma.diagnostics.Location;

import java.util.List;
import java.util.Map;

/**
 * The editors' alignment for one witness: paragraph number (1-based) to the unit ids it belongs to.
 * Paragraphs not listed are left to the aligner.
 */
public record WitnessAlignmentDecl(String witness, Map<Integer, List<String>> units,
                                   Map<Integer, Location> locations, Location location) {
}
