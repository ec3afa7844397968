package org.stemma.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A source file as published with the edition: its size and hashes as received (SHA-256 to publish,
 * CRC-32C to check the verbatim copy against), its lines, and where it is. The bytes themselves stay on disk until the verbatim copy is written: the model
 * holds each text once (as lines), which at ten thousand witnesses is a hundred MB less.
 */
public record Source(String file, String sha256, long size, long crc32c, Path path, List<String> lines) {

    public int lineCount() {
        return lines.size();
    }
}
