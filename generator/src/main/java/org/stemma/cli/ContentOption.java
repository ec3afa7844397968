package org.stemma.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --content DIR}, shared by every command that reads an edition. */
final class ContentOption {
    @Option(names = "--content", defaultValue = "content", description = "The edition folder (default: ${DEFAULT-VALUE}).")
    Path dir;
}
