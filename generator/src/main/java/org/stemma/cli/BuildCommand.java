package org.stemma.cli;

import org.stemma.diagnostics.ContentException;
import org.stemma.pipeline.Pipeline;
import org.stemma.publish.IncrementalBuild;
import org.stemma.publish.InputRecord;
import org.stemma.publish.Publisher;
import org.stemma.render.SiteRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the edition into a static website. On any error the previous site is left as it was.")
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ContentOption contentOption;

    @Option(names = "--out", defaultValue = "site-output", description = "Where the site goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Mixin
    TemplatesOption templatesOption;

    @Option(names = "--force", description = "Replace an output folder that Stemma did not write.")
    boolean force;

    @Option(names = "--timings", description = "Print how long each stage took (to the error stream).")
    boolean timings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        long started = System.nanoTime();
        Publisher publisher = null;
        try {
            // The content as the pipeline read it, the templates before the pages are rendered.
            Pipeline.Loaded loaded = new Pipeline(contentOption.dir).withoutAlignmentCrossCheck().load();
            long loadedAt = System.nanoTime();
            Reporter.print(err, loaded.warnings());
            Path templateDir = templatesOption.resolve(spec);
            InputRecord inputs = InputRecord.of(loaded.editorialFiles(), loaded.sources());
            if (inputs != null) inputs = inputs.withTemplates(templateDir);
            SiteRenderer renderer = new SiteRenderer(templateDir, TemplatesOption.display(templateDir));
            publisher = new Publisher(out, force);
            IncrementalBuild sink = new IncrementalBuild(publisher, inputs, loaded.edition(), contentOption.dir, templateDir);
            renderer.render(loaded.edition(), sink);
            long renderedAt = System.nanoTime();
            int files = sink.commit();
            if (timings) {
                err.printf("timings: load %d ms, render %d ms, commit %d ms%n", (loadedAt - started) / 1_000_000,
                        (renderedAt - loadedAt) / 1_000_000, (System.nanoTime() - renderedAt) / 1_000_000);
                err.printf("timings: %d files re-used without rendering%n", sink.reused());
            }
            long witnesses = loaded.edition().works().stream().mapToLong(w -> w.witnesses().size()).sum();
            long notes = loaded.edition().works().stream().mapToLong(w -> w.notes().size()).sum();
            int unchanged = publisher.unchanged() + sink.reused();
            spec.commandLine().getOut().printf("build: %d files into %s (%d written, %d unchanged; %d re-used without rendering; "
                            + "%d witnesses, %d notes) in %d ms%n", files, out, files - unchanged, unchanged, sink.reused(), witnesses, notes,
                    (System.nanoTime() - started) / 1_000_000);
            return Main.OK;
        } catch (ContentException e) {
            if (publisher != null) publisher.abort();
            Reporter.print(err, e.diagnostics());
            err.println("build: " + Reporter.count(e.diagnostics()) + "; " + out + " left as it was");
            return Main.CONTENT_ERROR;
        } catch (RuntimeException e) {
            if (publisher != null) publisher.abort();
            throw e;
        }
    }
}
