package org.stemma.cli;

import org.stemma.diagnostics.ContentException;
import org.stemma.model.Paragraph;
import org.stemma.model.Witness;
import org.stemma.model.Work;
import org.stemma.pipeline.Pipeline;
import org.stemma.render.EditionJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "align", mixinStandardHelpOptions = true,
        description = "Aligns every witness automatically, ignoring the editors' alignment, and prints or saves the result.")
final class AlignCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ContentOption contentOption;

    @Option(names = "--json", description = "Write the result as edition.json (format stemma-edition/1) to this file.")
    Path json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        Pipeline.Loaded loaded;
        try {
            loaded = new Pipeline(contentOption.dir).ignoreEditorialAlignment().load();
        } catch (ContentException e) {
            Reporter.print(err, e.diagnostics());
            err.println("align: " + Reporter.count(e.diagnostics()));
            return Main.CONTENT_ERROR;
        }
        if (json != null) {
            if (json.toAbsolutePath().normalize().startsWith(contentOption.dir.toAbsolutePath().normalize())) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--json must not point into the content folder");
            }
            try (java.io.OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(json))) {
                EditionJson.write(loaded.edition(), o);
            }
            spec.commandLine().getOut().println("align: wrote " + json);
            return Main.OK;
        }
        table(spec.commandLine().getOut(), loaded);
        return Main.OK;
    }

    /** One block per witness: unit, paragraph, line, confidence, first words. */
    private static void table(PrintWriter out, Pipeline.Loaded loaded) {
        for (Work work : loaded.edition().works()) {
            for (Witness w : work.witnesses()) {
                if (w.id().equals(work.base())) continue;
                out.printf("%s / %s (%s)%n", work.id(), w.id(), w.lang());
                out.printf("  %-8s %-6s %-5s %-5s %s%n", "unit", "para", "line", "conf", "text");
                for (Paragraph p : w.paragraphs()) {
                    String units = p.units().isEmpty() ? "-" : p.units().size() == 1 ? p.units().get(0)
                            : p.units().get(0) + "-" + p.units().get(p.units().size() - 1);
                    out.printf(Locale.ROOT, "  %-8s %-6d %-5d %-5.2f %s%n", units, p.number(), p.lines().first(), p.confidence(),
                            firstWords(p.text()));
                }
                out.println();
            }
        }
        out.flush();
    }

    private static String firstWords(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.codePointCount(0, oneLine.length()) <= 60 ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, 59)) + "…";
    }
}
