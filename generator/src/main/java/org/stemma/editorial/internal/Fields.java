package org.stemma.editorial.internal;

import org.stemma.diagnostics.Diagnostics;
import org.stemma.diagnostics.Suggest;
import org.stemma.diagnostics.Location;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed, located access to one YAML mapping. Problems go to {@link Diagnostics}
 * (so the editor sees all of them) and the getter returns an empty value.
 */
public final class Fields {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Node.Mapping map;
    private final Diagnostics out;
    private final String what;

    private Fields(Node.Mapping map, Diagnostics out, String what) {
        this.map = map;
        this.out = out;
        this.what = what;
    }

    /** @param what the kind of thing this mapping declares, for messages ("witness", "note") */
    public static Optional<Fields> of(Node node, Set<String> allowedKeys, Diagnostics out, String what) {
        if (!(node instanceof Node.Mapping m)) {
            out.error(node.location(), "a " + what + " must be a mapping of keys to values, found " + node.describe());
            return Optional.empty();
        }
        for (Node.Entry e : m.entries().values()) {
            if (!allowedKeys.contains(e.key())) {
                out.error(e.keyLocation(), "unknown key '" + e.key() + "' in " + what
                        + Suggest.didYouMean(e.key(), allowedKeys) + "; allowed keys: " + String.join(", ", allowedKeys));
            }
        }
        return Optional.of(new Fields(m, out, what));
    }

    public Location location() {
        return map.location();
    }

    public Optional<Node> node(String key) {
        Node.Entry e = map.entries().get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    public Location locationOf(String key) {
        return node(key).map(Node::location).orElse(map.location());
    }

    public Optional<String> text(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) return Optional.empty();
        if (n.get() instanceof Node.Scalar s) {
            return s.isNull() ? Optional.empty() : Optional.of(s.text());
        }
        out.error(n.get().location(), "'" + key + "' must be a single value, found " + n.get().describe());
        return Optional.empty();
    }

    public Optional<String> requiredText(String key) {
        Optional<String> v = text(key);
        if (v.isEmpty() && node(key).isEmpty()) {
            out.error(map.location(), what + " has no '" + key + "': add '" + key + ": …'");
        } else if (v.isPresent() && v.get().isBlank()) {
            out.error(locationOf(key), "'" + key + "' is empty");
            return Optional.empty();
        }
        return v;
    }

    /** An id: lower-case letters, digits and hyphens, used in file names and anchors. */
    public Optional<String> id(String key, boolean required) {
        Optional<String> v = required ? requiredText(key) : text(key);
        if (v.isPresent() && !ID.matcher(v.get()).matches()) {
            out.error(locationOf(key), "'" + v.get() + "' is not a valid id: use lower-case letters, digits and hyphens");
            return Optional.empty();
        }
        return v;
    }

    /** Either a plain text (in the default language) or a mapping of language tag to text. */
    public Map<String, String> localized(String key, String defaultLang) {
        Optional<Node> n = node(key);
        Map<String, String> result = new LinkedHashMap<>();
        if (n.isEmpty()) return result;
        if (n.get() instanceof Node.Scalar s && !s.isNull()) {
            result.put(defaultLang, s.text());
        } else if (n.get() instanceof Node.Mapping m) {
            for (Node.Entry e : m.entries().values()) {
                LanguageTags.check(e.key(), e.keyLocation(), out);
                if (e.value() instanceof Node.Scalar s && !s.isNull()) {
                    result.put(e.key(), s.text());
                } else {
                    out.error(e.value().location(), "'" + key + "." + e.key() + "' must be a text, found " + e.value().describe());
                }
            }
        } else {
            out.error(n.get().location(), "'" + key + "' must be a text or a mapping of language to text");
        }
        return result;
    }

    public List<Node> list(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) return List.of();
        if (n.get() instanceof Node.Sequence s) return s.items();
        if (n.get() instanceof Node.Scalar s && !s.isNull()) return List.of(s);
        out.error(n.get().location(), "'" + key + "' must be a list, found " + n.get().describe());
        return List.of();
    }

    public List<String> texts(String key) {
        List<String> result = new ArrayList<>();
        for (Node item : list(key)) {
            if (item instanceof Node.Scalar s && !s.isNull()) result.add(s.text());
            else out.error(item.location(), "each item of '" + key + "' must be a single value, found " + item.describe());
        }
        return result;
    }

    /** A mapping of plain keys to texts (provenance, site settings), order kept. */
    public Map<String, String> textMap(String key) {
        Map<String, String> result = new LinkedHashMap<>();
        Optional<Node> n = node(key);
        if (n.isEmpty()) return result;
        if (!(n.get() instanceof Node.Mapping m)) {
            out.error(n.get().location(), "'" + key + "' must be a mapping, found " + n.get().describe());
            return result;
        }
        for (Node.Entry e : m.entries().values()) {
            if (e.value() instanceof Node.Scalar s) result.put(e.key(), s.isNull() ? "" : s.text());
            else out.error(e.value().location(), "'" + key + "." + e.key() + "' must be a single value");
        }
        return result;
    }

    public Diagnostics diagnostics() {
        return out;
    }

    public String what() {
        return what;
    }
}
