package org.stemma.cli;

import org.stemma.scaffold.NewEdition;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Creates a minimal edition (one work, two witnesses, one note) in a new or empty folder.")
final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "The folder to create.")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String problem = NewEdition.create(dir);
        if (problem != null) {
            spec.commandLine().getErr().println("new: " + problem);
            spec.commandLine().getErr().flush();
            return Main.USAGE;
        }
        spec.commandLine().getOut().println("new: edition created in " + dir + "; try: stemma check --content " + dir);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
