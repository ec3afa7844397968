package org.stemma.diagnostics;

import java.util.List;

/** The edition's content is wrong; carries every diagnostic found so far. Never a programming error. */
public final class ContentException extends RuntimeException {
    private final List<Diagnostic> diagnostics;

    public ContentException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "content error" : diagnostics.get(0).toString());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public static ContentException at(Location at, String message) {
        return new ContentException(List.of(new Diagnostic(at, Severity.ERROR, message)));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
