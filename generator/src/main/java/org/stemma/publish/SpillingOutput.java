package org.stemma.publish;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Collects a file's bytes in memory until they pass a limit, then goes on writing them straight
 * into the file: pages stay small and go to the writer threads, while edition.json or the TEI of
 * a large edition (hundreds of megabytes) never sit whole in memory.
 */
final class SpillingOutput extends OutputStream {
    static final int LIMIT = 1 << 20;
    private final Path file;
    private ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private OutputStream spilled;

    SpillingOutput(Path file) {
        this.file = file;
    }

    @Override
    public void write(int b) throws IOException {
        target(1).write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        target(len).write(b, off, len);
    }

    private OutputStream target(int more) throws IOException {
        if (spilled != null) return spilled;
        if (buffer.size() + more <= LIMIT) return buffer;
        Files.deleteIfExists(file); // never write through a link into the previous site
        spilled = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        buffer.writeTo(spilled);
        buffer = null;
        return spilled;
    }

    @Override
    public void close() throws IOException {
        if (spilled != null) spilled.close();
    }

    /** Whether the bytes went to the file; if not, {@link #bytes()} has them. */
    boolean spilled() {
        return spilled != null;
    }

    byte[] bytes() {
        return buffer.toByteArray();
    }

    /** Whether two files hold the same bytes, read in blocks. */
    static boolean sameFiles(Path a, Path b) throws IOException {
        if (Files.size(a) != Files.size(b)) return false;
        try (var x = Files.newInputStream(a); var y = Files.newInputStream(b)) {
            byte[] p = new byte[1 << 16], q = new byte[1 << 16];
            while (true) {
                int n = x.readNBytes(p, 0, p.length);
                int m = y.readNBytes(q, 0, q.length);
                if (n != m || !java.util.Arrays.equals(p, 0, n, q, 0, m)) return false;
                if (n == 0) return true;
            }
        }
    }
}
