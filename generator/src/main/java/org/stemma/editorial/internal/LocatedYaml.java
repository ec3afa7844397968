package org.stemma.editorial.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.stemma.diagnostics.ContentException;
import org.stemma.diagnostics.Location;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads YAML or JSON into {@link Node}s with positions. Jackson's tree model drops
 * locations, so this walks the token stream itself.
 */
public final class LocatedYaml {
    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final JsonFactory JSON = new JsonFactory();

    private LocatedYaml() {
    }

    /**
     * @param path       the file as the editor names it, for messages
     * @param lineOffset lines before {@code text} in the file (front matter starts after its fence)
     */
    public static Node parse(String path, String text, int lineOffset, boolean json) {
        try (JsonParser parser = (json ? JSON : YAML).createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Node.Mapping(Map.of(), new Location(path, lineOffset + 1, 1));
            }
            Node root = read(parser, path, lineOffset);
            if (parser.nextToken() != null) {
                throw ContentException.at(where(parser.currentTokenLocation(), path, lineOffset),
                        "unexpected content after the end of the document");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            // SnakeYAML's message interleaves context and snippets; keep its unindented sentences.
            String message = String.join("; ", e.getOriginalMessage().lines()
                    .filter(l -> !l.isBlank() && !l.startsWith(" ")).toList());
            if (message.isEmpty()) message = "syntax error";
            // SnakeYAML's first line names the context ("while parsing…"); its problem mark is where the fault is.
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
                String problem = m.getProblem() == null ? message : m.getProblem().replace("'\\t(TAB)'", "a tab").replace("\\t(TAB)", "tabs");
                String context = m.getContext() == null ? "" : " (" + m.getContext() + ")";
                throw ContentException.at(new Location(path, lineOffset + m.getProblemMark().getLine() + 1,
                        m.getProblemMark().getColumn() + 1), "malformed YAML: " + problem + context);
            }
            throw ContentException.at(at == null ? Location.of(path) : where(at, path, lineOffset),
                    (json ? "malformed JSON: " : "malformed YAML: ") + message);
        } catch (IOException e) {
            throw ContentException.at(Location.of(path), "cannot read: " + e.getMessage());
        }
    }

    private static Node read(JsonParser p, String path, int offset) throws IOException {
        Location at = where(p.currentTokenLocation(), path, offset);
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = where(p.currentTokenLocation(), path, offset);
                    p.nextToken();
                    Node value = read(p, path, offset);
                    if (entries.containsKey(key)) {
                        throw ContentException.at(keyAt, "duplicate key '" + key + "' (first at line "
                                + entries.get(key).keyLocation().line() + ")");
                    }
                    entries.put(key, new Node.Entry(key, keyAt, value));
                }
                return new Node.Mapping(entries, at);
            }
            case START_ARRAY: {
                var items = new ArrayList<Node>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, path, offset));
                }
                return new Node.Sequence(items, at);
            }
            case VALUE_NULL:
                return new Node.Scalar("", true, at);
            default:
                return new Node.Scalar(p.getText(), false, at);
        }
    }

    private static Location where(JsonLocation loc, String path, int offset) {
        return new Location(path, loc.getLineNr() + offset, Math.max(loc.getColumnNr(), 1));
    }
}
