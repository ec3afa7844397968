package org.stemma.render.internal;

import org.stemma.model.LineRange;
import org.stemma.model.Note;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The notes of one page, numbered in the order the reader meets them, and the markup of the
 * lines they sit on.
 */
public final class NoteNumbers {
    private final List<Note> candidates;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, Note> byId = new LinkedHashMap<>();

    /** @param candidates the notes that may appear on this page, on the lines of one source */
    public NoteNumbers(List<Note> candidates) {
        this.candidates = candidates;
    }

    /** The HTML of the given lines of {@code source}, joined by newlines, with the notes placed on them. */
    public String markup(String source, LineRange lines, List<String> sourceLines) {
        StringBuilder b = new StringBuilder();
        for (int n = lines.first(); n <= lines.last(); n++) {
            final int line = n;
            List<TextMarkup.Mark> marks = new ArrayList<>();
            for (Note note : select(nt -> nt.anchor().isQuote() && nt.anchor().source().equals(source)
                    && nt.anchor().lines().first() == line)) {
                marks.add(new TextMarkup.Mark(note.id(), number(note), note.anchor().start(), note.anchor().end()));
            }
            if (b.length() > 0) b.append('\n');
            b.append(TextMarkup.line(sourceLines.get(n - 1), marks));
        }
        for (Note note : select(nt -> !nt.anchor().isQuote() && nt.anchor().source().equals(source)
                && lines.contains(nt.anchor().lines().first()))) {
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

    private List<Note> select(Predicate<Note> p) {
        return candidates.stream().filter(p).toList();
    }

    private int number(Note note) {
        byId.putIfAbsent(note.id(), note);
        return numbers.computeIfAbsent(note.id(), id -> numbers.size() + 1);
    }
}
