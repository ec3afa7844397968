package org.stemma.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar stemma.jar <command>}: exit 0 ok, 1 content errors, 2 usage errors. */
@Command(name = "stemma", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a static website from an annotated multilingual edition.",
        subcommands = {BuildCommand.class, CheckCommand.class, AlignCommand.class, ArchiveCommand.class,
                HashesCommand.class, NewCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int CONTENT_ERROR = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // A bug in Stemma, not in the edition: one line, not a stack trace.
            cmd.getErr().println("stemma: internal error: " + ex + " (please report it with the command you ran)");
            return INTERNAL;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "say which command: check, build, serve, new, align, archive, hashes (see --help)");
    }
}
