package org.stemma.align;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-written corpora in src/test/resources/align (see the README there), each with damage:
 * <ul>
 *   <li>lighthouse/ru (Cyrillic): chrome lines, a deleted paragraph, two merged, the last truncated.</li>
 *   <li>lighthouse/el (Greek): chrome lines, one paragraph split in two.</li>
 *   <li>bread/vi (Vietnamese): a run-on copy, a disclaimer, then the text again paragraph by paragraph
 *   with one paragraph missing.</li>
 *   <li>bread/de (German): chrome, a deleted paragraph, two merged, the copy stops inside a paragraph.</li>
 * </ul>
 */
class CorpusAlignmentTest {
    record Corpus(AlignerWitness base, Map<String, AlignerWitness> witnesses, Map<String, Map<String, List<String>>> expected) {}

    @Test
    void lighthouseTranslationsAlignDespiteChromeDeletionMergeSplitAndTruncation() throws IOException {
        assertCorpus("lighthouse", "ru", "el");
    }

    @Test
    void breadRecipeAlignsRunOnRepeatedCopyAndBrokenOffCopy() throws IOException {
        assertCorpus("bread", "vi", "de");
    }

    @Test
    void splitParagraphGivesBothPiecesTheSameUnit() throws IOException {
        Corpus c = load("lighthouse", "el");
        List<ParagraphLink> links = new Aligner().align(c.base(), c.witnesses().get("el"));
        assertEquals(List.of("lighthouse.3"), links.get(3).baseParagraphIds());
        assertEquals(List.of("lighthouse.3"), links.get(4).baseParagraphIds());
    }

    @Test
    void alignmentIsDeterministic() throws IOException {
        Corpus c = load("bread", "vi", "de");
        for (AlignerWitness w : c.witnesses().values()) {
            assertEquals(new Aligner().align(c.base(), w), new Aligner().align(c.base(), w));
        }
    }

    /** One aligner reads a base once for the witnesses aligned with it in a row; switching bases must not carry one over. */
    @Test
    void oneAlignerGivesEveryPairTheLinksAFreshAlignerGives() throws IOException {
        Corpus bread = load("bread", "vi", "de");
        Corpus lighthouse = load("lighthouse", "ru", "el");
        Aligner shared = new Aligner();
        for (Corpus c : List.of(bread, lighthouse, bread)) {
            for (AlignerWitness w : c.witnesses().values()) {
                assertEquals(new Aligner().align(c.base(), w), shared.align(c.base(), w), c.base().id() + " / " + w.id());
                // the witness as base of the pair, then the base again: the other way round too
                assertEquals(new Aligner().align(w, c.base()), shared.align(w, c.base()), w.id() + " / " + c.base().id());
            }
        }
    }

    @Test
    void weakLinksGetLowerConfidenceThanStrongOnes() throws IOException {
        Corpus c = load("lighthouse", "ru");
        List<ParagraphLink> links = new Aligner().align(c.base(), c.witnesses().get("ru"));
        double truncatedLast = links.get(9).confidence(); // "... с апреля по": a few words of unit 10
        double fullParagraph = links.get(3).confidence(); // unit 3, with its number 132
        assertEquals(List.of("lighthouse.10"), links.get(9).baseParagraphIds());
        assertTrue(truncatedLast < fullParagraph, truncatedLast + " should be below " + fullParagraph);
        links.forEach(l -> assertTrue(l.confidence() >= 0 && l.confidence() <= 1));
    }

    private static void assertCorpus(String name, String... langs) throws IOException {
        Corpus c = load(name, langs);
        LinkTally tally = new LinkTally();
        Aligner aligner = new Aligner();
        c.witnesses().forEach((lang, w) -> tally.add(name + "/" + lang, c.expected().get(lang), aligner.align(c.base(), w)));
        System.out.println(tally.report("Corpus " + name));
        assertTrue(tally.precision() >= 0.95, tally.report("precision below 0.95"));
        assertTrue(tally.recall() >= 0.95, tally.report("recall below 0.95"));
    }

    static Corpus load(String name, String... langs) throws IOException {
        List<AlignerParagraph> base = new ArrayList<>();
        List<String> baseLines = read(name + "/base.txt");
        for (int k = 0; k < baseLines.size(); k++) {
            base.add(new AlignerParagraph(name + "." + (k + 1), baseLines.get(k)));
        }
        Map<String, AlignerWitness> witnesses = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> expected = new LinkedHashMap<>();
        for (String lang : langs) {
            List<AlignerParagraph> ps = new ArrayList<>();
            Map<String, List<String>> want = new LinkedHashMap<>();
            List<String> lines = read(name + "/" + lang + ".tsv");
            for (int i = 0; i < lines.size(); i++) {
                String[] parts = lines.get(i).split("\t", 2);
                String id = lang + "." + (i + 1);
                ps.add(new AlignerParagraph(id, parts[1]));
                want.put(id, parts[0].equals("-") ? List.of()
                        : Arrays.stream(parts[0].split(",")).map(u -> name + "." + u).toList());
            }
            witnesses.put(lang, new AlignerWitness(name + "-" + lang, lang, ps));
            expected.put(lang, want);
        }
        return new Corpus(new AlignerWitness(name, "en", base), witnesses, expected);
    }

    private static List<String> read(String resource) throws IOException {
        try (InputStream in = CorpusAlignmentTest.class.getResourceAsStream("/align/" + resource)) {
            if (in == null) {
                throw new IOException("missing test resource align/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
