package org.stemma.source;

import java.nio.file.Path;
import java.util.List;

/**
 * One source file exactly as received: its bytes' size, SHA-256 and CRC-32C (to check the verbatim
 * copy against cheaply), where it is, and its lines (1-based for callers, without line
 * terminators). The file itself is never modified.
 */
public record SourceText(String file, String sha256, long size, long crc32c, Path path, List<String> lines) {

    public int lineCount() {
        return lines.size();
    }

    /** Line {@code n}, 1-based. */
    public String line(int n) {
        return lines.get(n - 1);
    }

    public boolean isBlank(int n) {
        return lines.get(n - 1).isBlank();
    }
}
