package org.stemma.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem a stage finds, so that one run reports all of them at once
 * instead of stopping at the first.
 */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void error(Location at, String message) {
        all.add(new Diagnostic(at, Severity.ERROR, message));
    }

    public void warning(Location at, String message) {
        all.add(new Diagnostic(at, Severity.WARNING, message));
    }

    public void add(Diagnostic d) {
        all.add(d);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public int errorCount() {
        return (int) all.stream().filter(Diagnostic::isError).count();
    }

    public int warningCount() {
        return all.size() - errorCount();
    }

    /** In the order they were reported. */
    public List<Diagnostic> all() {
        return List.copyOf(all);
    }

    /** Sorted by file, line, column: stable output that editors can diff. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(Diagnostic.ORDER);
        return List.copyOf(copy);
    }

    /** Throws when errors were collected: later stages must not run on a broken layer. */
    public void throwIfErrors() {
        if (hasErrors()) throw new ContentException(sorted());
    }
}
