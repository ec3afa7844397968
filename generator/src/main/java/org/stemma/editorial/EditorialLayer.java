package org.stemma.editorial;

import java.util.List;

/** Everything the editors wrote, as declared, before it is checked against the sources. */
public record EditorialLayer(EditionDecl edition, List<WorkDecl> works) {
}
