package org.stemma.editorial;

import org.stemma.diagnostics.Location;

import java.util.Map;

/**
 * A stand-off note: one Markdown file with front matter.
 *
 * @param bodies Markdown per language, the note's own language first
 */
public record NoteDecl(String id, String type, String witness, TargetDecl target, String lang,
                       Map<String, String> bodies, String file, Location location) {
}
