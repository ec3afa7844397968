package org.stemma.check;

import org.stemma.diagnostics.Diagnostics;
import org.stemma.diagnostics.Location;
import org.stemma.editorial.internal.LocatedYaml;
import org.stemma.editorial.internal.Node;
import org.stemma.source.SourceText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The optional record {@code sources.yaml} (file name → SHA-256) lets `check` notice a source whose
 * bytes changed since an editor vouched for it. Stemma never writes it: `stemma hashes` prints it.
 */
public final class SourceHashes {
    public static final String FILE = "sources.yaml";

    private SourceHashes() {
    }

    public static void check(Path contentDir, Map<String, SourceText> sources, Diagnostics out) {
        Path record = contentDir.resolve(FILE);
        if (!Files.isRegularFile(record)) return;
        String path = org.stemma.diagnostics.DisplayPath.of(record);
        Node root;
        try {
            root = LocatedYaml.parse(path, Files.readString(record, StandardCharsets.UTF_8), 0, false);
        } catch (IOException e) {
            out.error(Location.of(path), "cannot read: " + e.getMessage());
            return;
        } catch (org.stemma.diagnostics.ContentException e) {
            e.diagnostics().forEach(out::add);
            return;
        }
        if (!(root instanceof Node.Mapping m)) {
            out.error(root.location(), "sources.yaml must map source file names to their SHA-256");
            return;
        }
        for (Node.Entry e : m.entries().values()) {
            SourceText s = sources.get(e.key());
            if (s == null) {
                out.error(e.keyLocation(), "'" + e.key() + "' is not a file in sources/: remove it, or run 'stemma hashes' again");
            } else if (!(e.value() instanceof Node.Scalar v) || !v.text().equalsIgnoreCase(s.sha256())) {
                out.error(e.value().location(), "source " + e.key() + " changed since its hash was recorded (now "
                        + s.sha256() + "): check the notes on it, then record the new hash with 'stemma hashes'");
            }
        }
        for (String file : sources.keySet()) {
            if (!m.entries().containsKey(file)) {
                out.warning(new Location(path, 1, 1), "no recorded hash for source " + file + ": add it with 'stemma hashes'");
            }
        }
    }

    /** The record for the sources as they are now, for the editor to save as content/sources.yaml. */
    public static String render(Map<String, SourceText> sources) {
        StringBuilder b = new StringBuilder("# SHA-256 of every source, as vouched for by the editors (stemma hashes).\n");
        new java.util.TreeMap<>(sources).forEach((f, s) -> b.append('"').append(f).append("\": ").append(s.sha256()).append('\n'));
        return b.toString();
    }
}
