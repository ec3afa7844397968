package org.stemma.cli;

import org.stemma.diagnostics.Diagnostic;

import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics as {@code path:line:col: error: message}, one per line, for editors and CI. */
final class Reporter {
    private Reporter() {
    }

    static void print(PrintWriter err, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) err.println(d);
        err.flush();
    }

    static String count(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
