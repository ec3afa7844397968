package org.stemma.diagnostics;

import java.nio.file.Path;

/** How messages name a file: relative to the working directory when inside it, as the editor types it. */
public final class DisplayPath {
    private DisplayPath() {
    }

    public static String of(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }
}
