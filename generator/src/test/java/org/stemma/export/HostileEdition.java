package org.stemma.export;

import org.stemma.model.Edition;
import org.stemma.model.Paragraph;
import org.stemma.model.Witness;
import org.stemma.model.Work;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seed edition with chosen text put into the first witness: its first paragraph, title and provenance. */
public final class HostileEdition {
    private HostileEdition() {
    }

    /** Text every writer must carry through unchanged: markup, entities, quotes, CDATA's end, every plane. */
    public static final String MARKUP = "<b>&amp; \"x\" 'y' ]]> </p> \\ / \t tab, "
            + "\u00e9 \u4e2d \u05e9\u05dc \uD83D\uDE00 \uD835\uDC00 \u2028 \u00a0";

    public static Edition with(String text, String title, String provenanceKey, String provenanceValue) {
        Edition e = SeedSite.get().edition();
        Work w = e.works().get(0);
        Witness first = w.witnesses().get(0);
        List<Paragraph> ps = new ArrayList<>(first.paragraphs());
        Paragraph p = ps.get(0);
        ps.set(0, new Paragraph(p.id(), p.witness(), p.number(), p.lines(), text, p.units(), p.confidence(), p.alignedBy()));
        Map<String, String> provenance = new LinkedHashMap<>(first.provenance());
        provenance.put(provenanceKey, provenanceValue);
        Witness w2 = new Witness(first.id(), first.lang(), title, first.kind(), first.source(), first.lines(),
                first.paragraphRule(), provenance, ps);
        List<Witness> ws = new ArrayList<>(w.witnesses());
        ws.set(0, w2);
        Work work = new Work(w.id(), w.title(), w.base(), ws, w.units(), w.paratext(), w.notes());
        return new Edition(e.title(), e.defaultLanguage(), e.languages(), e.version(), e.baseUrl(), e.site(), e.sources(),
                List.of(work), e.history());
    }

    public static String firstParagraphId() {
        return SeedSite.get().edition().works().get(0).witnesses().get(0).paragraphs().get(0).id();
    }
}
