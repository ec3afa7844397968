package org.stemma.align;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real test case: the seed edition of Durov's post, read byte-exact from content/sources.
 * Base = English lines 15..25 of 002; expected alignments were established by reading the texts.
 */
class SeedEditionAlignmentTest {
    private static final Path SOURCES = Path.of(System.getProperty("stemma.repo", ".."), "content", "sources");
    private static AlignerWitness base;

    @BeforeAll
    static void readBase() throws IOException {
        List<String> lines = lines("002_34ba56b6eab15050.txt");
        List<AlignerParagraph> ps = new ArrayList<>();
        for (int unit = 1; unit <= 11; unit++) {
            ps.add(new AlignerParagraph("en." + unit, lines.get(14 + unit - 1)));
        }
        base = new AlignerWitness("en", "en", ps);
    }

    @Test
    void everySeedWitnessLinksToItsUnitsWithHighPrecisionAndRecall() throws IOException {
        LinkTally tally = new LinkTally();
        Aligner aligner = new Aligner();

        Map<Integer, int[]> vi = new LinkedHashMap<>();
        IntStream.rangeClosed(0, 10).forEach(k -> vi.put(1 + 2 * k, new int[] {k + 1}));
        check(tally, aligner, "vi", "000_41130b274219a800.txt", vi);

        Map<Integer, int[]> spun = new LinkedHashMap<>();
        IntStream.rangeClosed(0, 10).forEach(k -> spun.put(8 + 2 * k, new int[] {k + 1}));
        check(tally, aligner, "en-spun", "001_5984fa42ba6fd64b.txt", spun);

        Map<Integer, int[]> spunChrome = new LinkedHashMap<>();
        for (int line : new int[] {1, 2, 3, 5}) {
            spunChrome.put(line, new int[0]);
        }
        spunChrome.putAll(spun);
        for (int line : new int[] {30, 32, 34, 35, 37}) {
            spunChrome.put(line, new int[0]);
        }
        check(tally, aligner, "en-spun+chrome", "001_5984fa42ba6fd64b.txt", spunChrome);

        Map<Integer, int[]> ru = new LinkedHashMap<>();
        IntStream.rangeClosed(4, 14).forEach(line -> ru.put(line, new int[] {line - 3}));
        check(tally, aligner, "ru", "002_34ba56b6eab15050.txt", ru);

        Map<Integer, int[]> ruCommentary = new LinkedHashMap<>();
        IntStream.rangeClosed(1, 3).forEach(line -> ruCommentary.put(line, new int[0]));
        ruCommentary.putAll(ru);
        check(tally, aligner, "ru+commentary", "002_34ba56b6eab15050.txt", ruCommentary);

        Map<Integer, int[]> durev = new LinkedHashMap<>();
        IntStream.rangeClosed(0, 7).forEach(k -> durev.put(3 + 2 * k, new int[] {k + 1}));
        check(tally, aligner, "fr-durev", "003_6c039120364b0048.txt", durev);

        Map<Integer, int[]> runOn = new LinkedHashMap<>();
        runOn.put(1, new int[] {1});
        runOn.put(2, IntStream.rangeClosed(2, 11).toArray());
        check(tally, aligner, "fr-paraphrase run-on", "004_d0f7401162ea53d8.txt", runOn);

        Map<Integer, int[]> paragraphed = paraphraseParagraphed();
        check(tally, aligner, "fr-paraphrase paragraphed", "004_d0f7401162ea53d8.txt", paragraphed);

        Map<Integer, int[]> both = new LinkedHashMap<>(runOn);
        both.put(3, new int[0]);
        both.putAll(paragraphed);
        check(tally, aligner, "fr-paraphrase both copies", "004_d0f7401162ea53d8.txt", both);

        System.out.println(tally.report("Seed edition, base en (002 lines 15..25)"));
        assertTrue(tally.precision() >= 0.97, tally.report("precision below 0.97"));
        assertTrue(tally.recall() >= 0.97, tally.report("recall below 0.97"));
    }

    @Test
    void runOnParagraphCoversEveryUnitItParaphrases() throws IOException {
        List<ParagraphLink> links = new Aligner().align(base, witness("fr", "004_d0f7401162ea53d8.txt", List.of(1, 2)));
        assertEquals(List.of("en.1"), links.get(0).baseParagraphIds());
        assertEquals(IntStream.rangeClosed(2, 11).mapToObj(u -> "en." + u).toList(), links.get(1).baseParagraphIds());
    }

    @Test
    void repeatedTextLinksBothCopiesAndNotTheDisclaimer() throws IOException {
        List<ParagraphLink> links = new Aligner().align(base,
                witness("fr", "004_d0f7401162ea53d8.txt", IntStream.rangeClosed(1, 13).boxed().toList()));
        assertEquals(List.of("en.1"), links.get(0).baseParagraphIds());
        assertEquals(List.of(), links.get(2).baseParagraphIds());
        assertEquals(List.of("en.1"), links.get(3).baseParagraphIds());
        assertEquals(List.of("en.11"), links.get(12).baseParagraphIds());
    }

    @Test
    void copyThatBreaksOffKeepsItsLastPartialParagraph() throws IOException {
        List<Integer> lines = IntStream.rangeClosed(0, 7).map(k -> 3 + 2 * k).boxed().toList();
        List<ParagraphLink> links = new Aligner().align(base, witness("fr", "003_6c039120364b0048.txt", lines));
        assertEquals(List.of("en.8"), links.get(7).baseParagraphIds());
    }

    private static Map<Integer, int[]> paraphraseParagraphed() {
        Map<Integer, int[]> m = new LinkedHashMap<>();
        IntStream.rangeClosed(4, 11).forEach(line -> m.put(line, new int[] {line - 3}));
        m.put(12, new int[] {9, 10});
        m.put(13, new int[] {11});
        return m;
    }

    private static void check(LinkTally tally, Aligner aligner, String name, String file,
                              Map<Integer, int[]> expectedByLine) throws IOException {
        AlignerWitness w = witness(name, file, new ArrayList<>(expectedByLine.keySet()));
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expectedByLine.forEach((line, units) ->
                expected.put(name + "." + line, IntStream.of(units).mapToObj(u -> "en." + u).toList()));
        List<ParagraphLink> links = aligner.align(base, w);
        assertEquals(w.paragraphs().size(), links.size());
        tally.add(name, expected, links);
    }

    /** One paragraph per listed 1-based line, id = witness name + "." + line number. */
    private static AlignerWitness witness(String name, String file, List<Integer> lineNumbers) throws IOException {
        List<String> lines = lines(file);
        List<AlignerParagraph> ps = new ArrayList<>();
        for (int line : lineNumbers) {
            ps.add(new AlignerParagraph(name + "." + line, lines.get(line - 1)));
        }
        return new AlignerWitness(name, name.substring(0, 2), ps);
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(SOURCES.resolve(file), StandardCharsets.UTF_8);
    }
}
