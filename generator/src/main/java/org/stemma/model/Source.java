package org.stemma.model;

import java.util.List;

/** A source file as published with the edition: hash, size, lines verbatim. */
public record Source(String file, String sha256, long size, List<String> lines) {

    public int lineCount() {
        return lines.size();
    }
}
