package org.stemma.model;

import java.util.List;
import java.util.Map;

/** One surviving copy of a work: a language, a kind, a provenance and its paragraphs. */
public record Witness(String id, String lang, String title, String kind, String source, List<LineRange> lines,
                      ParagraphRule paragraphRule, Map<String, String> provenance, List<Paragraph> paragraphs) {

    /** Units of the base that this witness has at least one paragraph for. */
    public long coveredUnits() {
        return paragraphs.stream().flatMap(p -> p.units().stream()).distinct().count();
    }
}
