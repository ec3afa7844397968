package org.stemma.editorial;

import org.stemma.diagnostics.Location;

import java.util.List;
import java.util.Map;

/** A work as the editors declared it: its witnesses, paratext, alignment overrides and notes. */
public record WorkDecl(String id, Map<String, String> title, String base, List<WitnessDecl> witnesses,
                       List<ParatextDecl> paratext, Map<String, WitnessAlignmentDecl> alignment,
                       List<NoteDecl> notes, String folder, Location baseLocation, Location location) {
}
