package org.stemma.cli;

import org.stemma.diagnostics.ContentException;
import org.stemma.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates the edition and reports every problem as path:line:col; writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--content", defaultValue = "content", description = "The edition folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        try {
            Pipeline.Loaded loaded = new Pipeline(content).load();
            Reporter.print(err, loaded.warnings());
            out.println("check: " + content + " is consistent (" + Reporter.count(loaded.warnings()) + ")");
            return Main.OK;
        } catch (ContentException e) {
            Reporter.print(err, e.diagnostics());
            err.println("check: " + Reporter.count(e.diagnostics()));
            return Main.CONTENT_ERROR;
        }
    }
}
