package org.stemma.editorial;

import org.stemma.diagnostics.Location;
import org.stemma.model.LineRange;

/** Source lines that belong to no witness: page chrome, headings, commentary, disclaimers. */
public record ParatextDecl(String source, LineRange lines, String kind, String description, Location location) {
}
