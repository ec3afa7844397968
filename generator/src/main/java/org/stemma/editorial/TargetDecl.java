package org.stemma.editorial;

import org.stemma.diagnostics.Location;
import org.stemma.model.LineRange;

/**
 * Where a note points. One of: a quote (with optional prefix/suffix, as a W3C TextQuoteSelector)
 * searched in a witness or in a source (optionally within {@code lines}); a whole paragraph of a
 * witness; or a range of source lines.
 */
public record TargetDecl(String witness, String source, LineRange lines, Integer paragraph,
                         String quote, String prefix, String suffix, Location quoteLocation, Location location) {

    public boolean isQuote() {
        return quote != null;
    }
}
