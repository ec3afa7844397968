package org.stemma.editorial;

import org.stemma.diagnostics.Location;
import org.stemma.model.LineRange;
import org.stemma.model.ParagraphRule;

import java.util.List;
import java.util.Map;

/**
 * A witness as declared: which lines of which source form it and how they split into paragraphs.
 *
 * @param provenance ordered free keys: publisher, url, date, retrieved, description…
 */
public record WitnessDecl(String id, String lang, String title, String kind, String source, List<LineRange> lines,
                          ParagraphRule paragraphRule, Map<String, String> provenance, String file,
                          Location sourceLocation, Location linesLocation, Location location) {
}
