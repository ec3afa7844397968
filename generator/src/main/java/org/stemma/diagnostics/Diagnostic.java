package org.stemma.diagnostics;

import java.util.Comparator;

/** One problem found in the edition, printed as {@code path:line:col: error: message}. */
public record Diagnostic(Location location, Severity severity, String message) {

    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.location().path())
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(Diagnostic::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return location + ": " + severity.label() + ": " + message;
    }
}
