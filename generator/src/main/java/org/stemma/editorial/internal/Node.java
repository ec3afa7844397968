package org.stemma.editorial.internal;

import org.stemma.diagnostics.Location;

import java.util.List;
import java.util.Map;

/**
 * A YAML/JSON value that remembers where it was written, so every error about the
 * editorial layer can name the file, line and column the editor has to fix.
 */
public sealed interface Node permits Node.Scalar, Node.Sequence, Node.Mapping {

    Location location();

    /** What the editor wrote, for messages: "a list", "a mapping", "a text". */
    String describe();

    record Scalar(String text, boolean isNull, Location location) implements Node {
        public String describe() {
            return isNull ? "nothing" : "the value '" + text + "'";
        }
    }

    record Sequence(List<Node> items, Location location) implements Node {
        public String describe() {
            return "a list";
        }
    }

    /** Keys in the order written; each key keeps its own location for "unknown key" messages. */
    record Mapping(Map<String, Entry> entries, Location location) implements Node {
        public String describe() {
            return "a mapping";
        }
    }

    record Entry(String key, Location keyLocation, Node value) {
    }
}
