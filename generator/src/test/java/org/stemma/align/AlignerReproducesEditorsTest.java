package org.stemma.align;

import org.junit.jupiter.api.Test;
import org.stemma.model.Paragraph;
import org.stemma.model.Witness;
import org.stemma.model.Work;
import org.stemma.pipeline.Pipeline;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real seed edition: the aligner alone, with alignment.yaml ignored, against the editors' alignment. */
class AlignerReproducesEditorsTest {
    private static final Path CONTENT = Path.of(System.getProperty("stemma.repo", "..")).resolve("content");

    @Test
    void alignerAloneReproducesTheEditorsAlignmentOfTheSeedEdition() {
        Set<String> editors = links(new Pipeline(CONTENT).load().edition().works().get(0));
        Set<String> aligner = links(new Pipeline(CONTENT).ignoreEditorialAlignment().load().edition().works().get(0));
        Set<String> both = new TreeSet<>(editors);
        both.retainAll(aligner);
        double precision = (double) both.size() / aligner.size();
        double recall = (double) both.size() / editors.size();
        Set<String> missed = new TreeSet<>(editors);
        missed.removeAll(aligner);
        Set<String> extra = new TreeSet<>(aligner);
        extra.removeAll(editors);
        System.out.printf("seed edition: %d editors' links, precision %.3f, recall %.3f, missed %s, extra %s%n",
                editors.size(), precision, recall, missed, extra);
        assertTrue(editors.size() >= 60, "the seed's alignment has " + editors.size() + " links");
        assertTrue(precision >= 0.97, "precision " + precision + "; extra " + extra);
        assertTrue(recall >= 0.97, "recall " + recall + "; missed " + missed);
    }

    /** (paragraph, unit) pairs of every witness but the base. */
    private static Set<String> links(Work work) {
        Set<String> links = new TreeSet<>();
        for (Witness w : work.witnesses()) {
            if (w.id().equals(work.base())) continue;
            for (Paragraph p : w.paragraphs()) for (String u : p.units()) links.add(p.id() + "→" + u);
        }
        return links;
    }
}
