package org.stemma.model;

import java.util.Map;

/**
 * An editorial note, anchored.
 *
 * @param witness the witness the note is about, or null when it is about paratext only
 * @param html    sanitised HTML of the body per language, the note's own language first
 */
public record Note(String id, String type, String witness, Anchor anchor, String lang,
                   Map<String, String> html, String file) {

    /** The body in {@code wanted}, else in the note's own language. */
    public String htmlFor(String wanted) {
        String h = html.get(wanted);
        return h != null ? h : html.get(lang);
    }

    public String langFor(String wanted) {
        return html.containsKey(wanted) ? wanted : lang;
    }
}
