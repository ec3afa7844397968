package org.stemma.align;

import org.stemma.align.internal.Bead;
import org.stemma.align.internal.FeatureTable;
import org.stemma.align.internal.Lexicon;
import org.stemma.align.internal.PairAligner;
import org.stemma.align.internal.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Proposes which base paragraphs (alignment units) each paragraph of another witness covers, using
 * only language-independent evidence: lengths, numbers, URLs, emoji, hashtags, punctuation and
 * transliterated word stems. See ALGORITHM.md next to this file.
 */
public final class Aligner {
    /** How steeply score margins turn into confidence; a margin of 2 gives about 0.88. */
    private static final double CONFIDENCE_SLOPE = 1.0;

    /**
     * One tokenizer per thread, kept across witness pairs: building its transliterator and refilling
     * its word cache for every pair cost more than the alignment itself in a many-work edition. The
     * word cache (in the lexicon) is shared by the threads, so that each word is transliterated once.
     */
    private final Lexicon lexicon = new Lexicon();
    private final ThreadLocal<Tokenizer> tokenizer = ThreadLocal.withInitial(() -> new Tokenizer(lexicon));

    public Aligner() {}

    /** One ParagraphLink per paragraph of {@code other}, in order. Deterministic. */
    public List<ParagraphLink> align(AlignerWitness base, AlignerWitness other) {
        List<AlignerParagraph> bp = base.paragraphs();
        List<AlignerParagraph> op = other.paragraphs();
        List<ParagraphLink> links = new ArrayList<>(op.size());
        if (op.isEmpty()) {
            return links;
        }
        if (bp.isEmpty()) {
            op.forEach(p -> links.add(new ParagraphLink(p.id(), List.of(), 1.0)));
            return links;
        }
        FeatureTable features = new FeatureTable(texts(bp), texts(op), tokenizer.get());
        for (Bead bead : PairAligner.align(features)) {
            List<String> ids = bp.subList(bead.baseStart(), bead.baseEnd()).stream()
                    .map(AlignerParagraph::id).toList();
            double confidence = 1.0 / (1.0 + Math.exp(-CONFIDENCE_SLOPE * bead.margin()));
            for (int i = bead.otherStart(); i < bead.otherEnd(); i++) {
                links.add(new ParagraphLink(op.get(i).id(), ids, confidence));
            }
        }
        return links;
    }

    private static List<String> texts(List<AlignerParagraph> paragraphs) {
        return paragraphs.stream().map(AlignerParagraph::text).toList();
    }
}
