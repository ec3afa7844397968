package org.stemma.cli;

import org.stemma.check.SourceHashes;
import org.stemma.diagnostics.Diagnostics;
import org.stemma.source.SourceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "hashes", mixinStandardHelpOptions = true,
        description = "Prints the SHA-256 of every source as YAML; save it as content/sources.yaml to let 'check' notice changed sources.")
final class HashesCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ContentOption contentOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Diagnostics found = new Diagnostics();
        var sources = new SourceLoader(contentOption.dir.resolve("sources"), "sources").load(found);
        if (found.hasErrors()) {
            Reporter.print(spec.commandLine().getErr(), found.sorted());
            return Main.CONTENT_ERROR;
        }
        spec.commandLine().getOut().print(SourceHashes.render(sources));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
