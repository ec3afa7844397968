package org.stemma.cli;

import org.stemma.diagnostics.ContentException;
import org.stemma.export.archive.BagArchive;
import org.stemma.export.archive.BagVerifier;
import org.stemma.export.archive.MemorySite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "archive", mixinStandardHelpOptions = true,
        description = {"Builds the edition into one ZIP for offline reading and long-term keeping: a BagIt bag "
                + "(RFC 8493) with the whole website under data/ and a SHA-256 manifest. The same edition gives the "
                + "same bytes. Does not touch site-output/.",
                "With --verify FILE, checks a bag (ZIP or unpacked folder) instead: exit 0 and 'valid', or exit 1 "
                        + "listing missing, altered and extra files."})
final class ArchiveCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ContentOption contentOption;

    @Option(names = "--out", defaultValue = "stemma-archive.zip", description = "The ZIP to write (default: ${DEFAULT-VALUE}); it unpacks to one folder named after it.")
    Path out;

    @CommandLine.Mixin
    TemplatesOption templatesOption;

    @Option(names = "--verify", paramLabel = "FILE", description = "Check this archive instead of writing one.")
    Path verify;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return verify != null ? verify() : write();
    }

    private int verify() throws IOException {
        var err = spec.commandLine().getErr();
        if (!Files.exists(verify)) {
            err.println(verify + ": error: no such file");
            return Main.CONTENT_ERROR;
        }
        List<String> problems;
        try {
            problems = BagVerifier.verify(verify);
        } catch (java.util.zip.ZipException e) {
            err.println(verify + ": error: not a ZIP archive (" + e.getMessage() + ")");
            return Main.CONTENT_ERROR;
        }
        if (problems.isEmpty()) {
            spec.commandLine().getOut().println(verify + ": valid");
            return Main.OK;
        }
        for (String p : problems) err.println(verify + ": error: " + p);
        err.println(verify + ": invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ")");
        return Main.CONTENT_ERROR;
    }

    private int write() {
        var err = spec.commandLine().getErr();
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no folder " + parent + " to write " + out.getFileName() + " into");
        }
        Path templateDir = templatesOption.resolve(spec);
        try {
            MemorySite site = MemorySite.build(contentOption.dir, templateDir, TemplatesOption.display(templateDir));
            Reporter.print(err, site.loaded().warnings());
            String name = out.getFileName().toString();
            String root = name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
            byte[] zip = BagArchive.zip(site.edition(), site.files(), root);
            Path abs = out.toAbsolutePath();
            // Written beside the target then moved, so a reader never sees half an archive.
            Path tmp = abs.resolveSibling("." + abs.getFileName() + ".part");
            try {
                Files.write(tmp, zip);
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            spec.commandLine().getOut().printf("archive: %d files, %d bytes into %s%n", site.files().size(), zip.length, out);
            return Main.OK;
        } catch (ContentException e) {
            Reporter.print(err, e.diagnostics());
            err.println("archive: " + Reporter.count(e.diagnostics()) + "; nothing written");
            return Main.CONTENT_ERROR;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
