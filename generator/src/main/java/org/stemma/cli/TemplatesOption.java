package org.stemma.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --templates DIR}: the given folder, else ./templates when present, else the templates inside the jar. */
final class TemplatesOption {
    @Option(names = "--templates", description = "Templates folder (default: ./templates if present, else the built-in templates).")
    Path dir;

    /** The folder to render with, or null for the built-in templates; a usage error when a given folder is missing. */
    Path resolve(CommandLine.Model.CommandSpec spec) {
        if (dir != null) {
            if (!Files.isDirectory(dir)) throw new CommandLine.ParameterException(spec.commandLine(), "no templates folder at " + dir);
            return dir;
        }
        Path local = Path.of("templates");
        return Files.isDirectory(local) ? local : null;
    }

    /** How messages name the templates in use. */
    static String display(Path resolved) {
        return resolved == null ? "(built-in templates)" : resolved.toString();
    }
}
