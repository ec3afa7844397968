package org.stemma.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A text and all its witnesses, aligned to the base witness's paragraphs. */
public record Work(String id, Map<String, String> title, String base, List<Witness> witnesses, List<Unit> units,
                   List<Paratext> paratext, List<Note> notes) {

    public Optional<Witness> witness(String witnessId) {
        return witnesses.stream().filter(w -> w.id().equals(witnessId)).findFirst();
    }

    public Witness baseWitness() {
        return witness(base).orElseThrow();
    }
}
