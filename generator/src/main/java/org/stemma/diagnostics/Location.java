package org.stemma.diagnostics;

/** A place in an edition file: path as the editor sees it (relative to the content folder), 1-based line and column. */
public record Location(String path, int line, int column) {

    public static Location of(String path) {
        return new Location(path, 0, 0);
    }

    public Location atLine(int line) {
        return new Location(path, line, 1);
    }

    @Override
    public String toString() {
        if (line <= 0) return path;
        return path + ":" + line + ":" + Math.max(column, 1);
    }
}
