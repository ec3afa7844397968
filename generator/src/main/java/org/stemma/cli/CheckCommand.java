package org.stemma.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.stemma.diagnostics.ContentException;
import org.stemma.diagnostics.Diagnostic;
import org.stemma.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates the edition and reports every problem as path:line:col; writes nothing.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @CommandLine.Mixin
    ContentOption contentOption;

    @Option(names = "--format", defaultValue = "text",
            description = "text (path:line:col: error: message) or json (an array of {file,line,column,severity,message}, on stdout).")
    Format format;

    @Option(names = "--strict", description = "Warnings fail the check too (exit 1).")
    boolean strict;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        List<Diagnostic> found;
        boolean failed;
        try {
            found = new Pipeline(contentOption.dir).load().warnings();
            failed = strict && !found.isEmpty();
        } catch (ContentException e) {
            found = e.diagnostics();
            failed = true;
        }
        if (format == Format.json) {
            out.println(json(found));
            out.flush();
        } else {
            Reporter.print(err, found);
            if (failed) err.println("check: " + Reporter.count(found) + (strict ? " (--strict: warnings fail)" : ""));
            else out.println("check: " + contentOption.dir + " is consistent (" + Reporter.count(found) + ")");
        }
        return failed ? Main.CONTENT_ERROR : Main.OK;
    }

    /** For CI annotations: one object per diagnostic, in the same order as the text report. */
    static String json(List<Diagnostic> diagnostics) {
        List<Map<String, Object>> rows = diagnostics.stream().map(d -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", d.location().path());
            row.put("line", d.location().line());
            row.put("column", d.location().line() <= 0 ? 0 : Math.max(1, d.location().column()));
            row.put("severity", d.severity().label());
            row.put("message", d.message());
            return row;
        }).toList();
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
