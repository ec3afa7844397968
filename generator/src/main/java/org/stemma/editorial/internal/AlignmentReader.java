package org.stemma.editorial.internal;

import org.stemma.diagnostics.Diagnostics;
import org.stemma.diagnostics.Location;
import org.stemma.editorial.WitnessAlignmentDecl;
import org.stemma.model.LineRange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code alignment.yaml}: witness id → paragraph number → units.
 * A unit is written as an id ({@code 3}), a range of numeric ids ({@code 2-11}), a list of these,
 * or {@code none} / {@code []} for a paragraph with no counterpart in the base witness.
 */
final class AlignmentReader {
    private final ContentFiles files;
    private final Diagnostics out;

    AlignmentReader(ContentFiles files, Diagnostics out) {
        this.files = files;
        this.out = out;
    }

    Map<String, WitnessAlignmentDecl> read(Path file) {
        Map<String, WitnessAlignmentDecl> result = new LinkedHashMap<>();
        Node root = files.parse(file);
        if (!(root instanceof Node.Mapping m)) {
            out.error(root.location(), "alignment must map witness ids to their paragraphs, e.g. 'vi: {1: 1, 2: 2}'");
            return result;
        }
        for (Node.Entry w : m.entries().values()) {
            if (!(w.value() instanceof Node.Mapping paragraphs)) {
                out.error(w.value().location(), "alignment of '" + w.key() + "' must map paragraph numbers to units, found "
                        + w.value().describe());
                continue;
            }
            Map<Integer, List<String>> units = new LinkedHashMap<>();
            Map<Integer, Location> locations = new LinkedHashMap<>();
            for (Node.Entry p : paragraphs.entries().values()) {
                int number;
                try {
                    number = Integer.parseInt(p.key().trim());
                } catch (NumberFormatException e) {
                    out.error(p.keyLocation(), "'" + p.key() + "' is not a paragraph number (1, 2, 3…)");
                    continue;
                }
                unitsOf(p.value()).ifPresent(u -> {
                    units.put(number, u);
                    locations.put(number, p.keyLocation());
                });
            }
            result.put(w.key(), new WitnessAlignmentDecl(w.key(), units, locations, w.keyLocation()));
        }
        return result;
    }

    private Optional<List<String>> unitsOf(Node value) {
        List<Node> items = value instanceof Node.Sequence s ? s.items() : List.of(value);
        List<String> units = new ArrayList<>();
        for (Node item : items) {
            if (!(item instanceof Node.Scalar s)) {
                out.error(item.location(), "a unit must be an id or a range like 2-11, found " + item.describe());
                return Optional.empty();
            }
            String t = s.text().trim();
            if (s.isNull() || t.equals("none")) continue;
            Optional<LineRange> range = t.contains("-") ? LineRange.parse(t) : Optional.empty();
            if (range.isPresent()) {
                for (int u = range.get().first(); u <= range.get().last(); u++) units.add(Integer.toString(u));
            } else if (t.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                units.add(t);
            } else {
                out.error(item.location(), "'" + t + "' is not a unit id or a range like 2-11");
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(units));
    }
}
