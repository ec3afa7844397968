package org.stemma.model;

import java.util.List;

/** A source file as published with the edition: its bytes as received, their hash, its lines. */
public record Source(String file, String sha256, byte[] bytes, List<String> lines) {

    public long size() {
        return bytes.length;
    }

    public int lineCount() {
        return lines.size();
    }
}
