package org.stemma.render.internal;

import org.stemma.model.LineRange;
import org.stemma.model.Note;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notes of one page, numbered in the order the reader meets them, and the markup of the
 * lines they sit on.
 */
public final class NoteNumbers {
    /** Quote notes by the first line of their anchor, and the other notes: a page asks line by line. */
    private final Map<Integer, List<Note>> quotesByLine = new HashMap<>();
    private final List<Note> others = new ArrayList<>();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, Note> byId = new LinkedHashMap<>();

    /** @param candidates the notes that may appear on this page, on the lines of one source */
    public NoteNumbers(List<Note> candidates) {
        for (Note n : candidates) {
            if (n.anchor().isQuote()) quotesByLine.computeIfAbsent(n.anchor().lines().first(), k -> new ArrayList<>()).add(n);
            else others.add(n);
        }
    }

    /** The HTML of the given lines of {@code source}, joined by newlines, with the notes placed on them. */
    public String markup(String source, LineRange lines, List<String> sourceLines) {
        StringBuilder b = new StringBuilder();
        for (int n = lines.first(); n <= lines.last(); n++) {
            List<TextMarkup.Mark> marks = new ArrayList<>();
            for (Note note : quotesByLine.getOrDefault(n, List.of())) {
                if (!note.anchor().source().equals(source)) continue;
                marks.add(new TextMarkup.Mark(note.id(), number(note), note.anchor().start(), note.anchor().end()));
            }
            if (b.length() > 0) b.append('\n');
            b.append(TextMarkup.line(sourceLines.get(n - 1), marks));
        }
        for (Note note : others) {
            if (!note.anchor().source().equals(source) || !lines.contains(note.anchor().lines().first())) continue;
            TextMarkup.marker(b, new TextMarkup.Mark(note.id(), number(note), -1, -1));
        }
        return b.toString();
    }

    /** Notes met so far, in order, with their numbers. */
    public List<Map.Entry<Note, Integer>> met() {
        List<Map.Entry<Note, Integer>> result = new ArrayList<>();
        numbers.forEach((id, n) -> result.add(Map.entry(byId.get(id), n)));
        return result;
    }

    private int number(Note note) {
        byId.putIfAbsent(note.id(), note);
        return numbers.computeIfAbsent(note.id(), id -> numbers.size() + 1);
    }
}
