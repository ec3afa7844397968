package org.stemma.bench;

import org.stemma.align.Aligner;
import org.stemma.align.AlignerParagraph;
import org.stemma.align.AlignerWitness;
import org.stemma.align.ParagraphLink;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark, not a test: a generated base of 2,000 paragraphs (~60 words) and five damaged witnesses
 * of about as many paragraphs, aligned after one warm-up round. Prints wall time, link precision and
 * recall, and peak heap. Everything is generated from fixed seeds, so runs are comparable.
 *
 * <p>Run: {@code mvn -q -pl generator test-compile exec:java -Dexec.mainClass=org.stemma.bench.AlignBenchmark -Dexec.classpathScope=test}
 *
 * <p>With a content folder as argument ({@code -Dexec.args=/tmp/stemma-bench/stemma-200}) it instead
 * aligns the last witness of every work against its base, as a build does when the editors gave no
 * alignment for it: many small pairs rather than a few large ones. With a third argument, a file,
 * it saves those pairs there; given such a file instead of a content folder it aligns the saved
 * pairs without loading the edition, so that a fresh JVM measures the aligner's cold start alone
 * ({@code java -XX:TieredStopAtLevel=1 -cp ... AlignBenchmark pairs.txt 1}).
 */
public final class AlignBenchmark {
    private static final int PARAGRAPHS = 2000;
    private static final String[] CHROME = {"Share this article", "Advertisement", "Read more", "Subscribe now",
        "Page %d", "Comments (%d)", "Back to top", "Related posts"};
    private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";
    private static final String[] CYRILLIC = {"а", "б", "ц", "д", "е", "ф", "г", "х", "и", "й", "к", "л", "м", "н",
        "о", "п", "кв", "р", "с", "т", "у", "в", "в", "кс", "ы", "з"};

    /** A generated witness with the base indices each of its paragraphs should link to. */
    private record Generated(AlignerWitness witness, Map<String, List<String>> expected) {}

    /** Thread CPU time: the machine is shared, so wall time alone is noisy. */
    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private AlignBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            edition(java.nio.file.Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 5,
                    args.length > 2 ? java.nio.file.Path.of(args[2]) : null);
            return;
        }
        Random random = new Random(20240905);
        List<String> vocabulary = vocabulary(random, 6000, 2, 4);
        List<String> base = new ArrayList<>();
        for (int p = 0; p < PARAGRAPHS; p++) {
            base.add(paragraph(random, vocabulary, 40 + random.nextInt(40), p));
        }
        AlignerWitness baseWitness = witness("base", "en", base);
        Map<String, String> synonyms = mapping(vocabulary, vocabulary(new Random(7), vocabulary.size(), 2, 4), 0.3);
        Map<String, String> foreign = mapping(vocabulary, vocabulary(new Random(11), vocabulary.size(), 2, 5), 1.0);
        List<Generated> witnesses = List.of(
                damage("spun-chrome", base, new Random(1), synonyms, false, 0.02, 0.0, 0.0, 0.0, 0.03),
                damage("merges-deletions", base, new Random(2), Map.of(), false, 0.05, 0.04, 0.0, 0.0, 0.0),
                damage("cyrillic-splits", base, new Random(3), Map.of(), true, 0.0, 0.0, 0.04, 0.0, 0.01),
                damage("translated", base, new Random(4), foreign, false, 0.03, 0.02, 0.0, 0.05, 0.02),
                damage("translated-cyrillic", base, new Random(5), foreign, true, 0.03, 0.02, 0.02, 0.05, 0.02));

        Aligner aligner = new Aligner();
        witnesses.forEach(w -> aligner.align(baseWitness, w.witness())); // warm-up
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        List<List<ParagraphLink>> results = new ArrayList<>();
        for (Generated w : witnesses) {
            results.add(aligner.align(baseWitness, w.witness()));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();

        long tp = 0, fp = 0, fn = 0;
        for (int k = 0; k < witnesses.size(); k++) {
            long[] t = score(witnesses.get(k).expected(), results.get(k));
            System.out.printf("%-20s paragraphs=%d P=%.4f R=%.4f%n", witnesses.get(k).witness().id(),
                    witnesses.get(k).witness().paragraphs().size(), ratio(t[0], t[1]), ratio(t[0], t[2]));
            tp += t[0];
            fp += t[1];
            fn += t[2];
        }
        System.out.printf("all 5 witnesses: %d ms (CPU %d ms), P=%.4f R=%.4f, peak heap %.1f MB (sum of pool peaks), "
                + "heap after GC %.1f MB, max heap %.0f MB%n", millis, cpuMillis, ratio(tp, fp), ratio(tp, fn),
                peak / 1e6, retained / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        System.out.println("result digest " + digest(results));
    }

    /** Hash of every link with its exact confidence: an optimisation must leave it unchanged. */
    private static String digest(List<List<ParagraphLink>> results) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (List<ParagraphLink> links : results) {
                for (ParagraphLink l : links) {
                    md.update((l.paragraphId() + ">" + l.baseParagraphIds() + "@"
                            + Double.doubleToLongBits(l.confidence()) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return java.util.HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base and last witness of every work of a content folder, aligned {@code rounds} times. */
    private static void edition(java.nio.file.Path content, int rounds, java.nio.file.Path save) throws Exception {
        List<AlignerWitness[]> pairs = new ArrayList<>();
        if (java.nio.file.Files.isRegularFile(content)) {
            pairs = load(content);
        } else {
            for (org.stemma.model.Work work : new org.stemma.pipeline.Pipeline(content).load().edition().works()) {
                List<org.stemma.model.Witness> ws = work.witnesses();
                org.stemma.model.Witness base = ws.stream().filter(w -> w.id().equals(work.base())).findFirst().orElseThrow();
                pairs.add(new AlignerWitness[] {toAligner(base), toAligner(ws.get(ws.size() - 1))});
            }
        }
        if (save != null) {
            save(pairs, save);
        }
        long first = 0;
        for (int round = 0; round < rounds; round++) {
            Aligner aligner = new Aligner();
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            List<List<ParagraphLink>> results = new ArrayList<>();
            for (AlignerWitness[] pair : pairs) {
                results.add(aligner.align(pair[0], pair[1]));
            }
            long micros = (System.nanoTime() - start) / 1000;
            long cpuMicros = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1000;
            System.out.printf("round %d: %d pairs in %.1f ms, CPU %.1f ms (%.2f ms per pair), result digest %s%n",
                    round + 1, pairs.size(), micros / 1000.0, cpuMicros / 1000.0, cpuMicros / 1000.0 / pairs.size(),
                    digest(results));
        }
    }

    /** One line per paragraph: pair number, witness id, paragraph id, text with escaped newlines. */
    private static void save(List<AlignerWitness[]> pairs, java.nio.file.Path file) throws java.io.IOException {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < pairs.size(); k++) {
            for (AlignerWitness w : pairs.get(k)) {
                for (AlignerParagraph p : w.paragraphs()) {
                    sb.append(k).append('\t').append(w.id()).append('\t').append(p.id()).append('\t')
                            .append(p.text().replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
                }
            }
        }
        java.nio.file.Files.writeString(file, sb);
    }

    private static List<AlignerWitness[]> load(java.nio.file.Path file) throws java.io.IOException {
        Map<String, List<AlignerParagraph>> witnesses = new LinkedHashMap<>();
        for (String line : java.nio.file.Files.readAllLines(file)) {
            String[] f = line.split("\t", 4);
            String text = f[3].replace("\\n", "\n").replace("\\\\", "\\");
            witnesses.computeIfAbsent(f[0] + "\t" + f[1], k -> new ArrayList<>()).add(new AlignerParagraph(f[2], text));
        }
        List<AlignerWitness[]> pairs = new ArrayList<>();
        AlignerWitness first = null;
        for (Map.Entry<String, List<AlignerParagraph>> e : witnesses.entrySet()) {
            AlignerWitness w = new AlignerWitness(e.getKey().split("\t")[1], "", e.getValue());
            if (first == null) {
                first = w;
            } else {
                pairs.add(new AlignerWitness[] {first, w});
                first = null;
            }
        }
        return pairs;
    }

    private static AlignerWitness toAligner(org.stemma.model.Witness w) {
        return new AlignerWitness(w.id(), w.lang(), w.paragraphs().stream()
                .map(p -> new AlignerParagraph(p.id(), p.text())).toList());
    }

    /** Copies the base with the given damage rates; expected links follow every edit. */
    private static Generated damage(String id, List<String> base, Random r, Map<String, String> words,
                                    boolean cyrillic, double merge, double delete, double split, double truncate,
                                    double chrome) {
        List<String> texts = new ArrayList<>();
        List<List<String>> links = new ArrayList<>();
        for (int p = 0; p < base.size(); p++) {
            if (r.nextDouble() < chrome) {
                texts.add(String.format(CHROME[r.nextInt(CHROME.length)], 1 + r.nextInt(300)));
                links.add(List.of());
            }
            if (r.nextDouble() < delete) {
                continue;
            }
            String text = rewrite(base.get(p), words, cyrillic, r);
            List<String> covers = new ArrayList<>(List.of("base." + p));
            if (p + 1 < base.size() && r.nextDouble() < merge) {
                p++;
                text = text + " " + rewrite(base.get(p), words, cyrillic, r);
                covers.add("base." + p);
            }
            if (r.nextDouble() < split) {
                int cut = text.indexOf(". ", text.length() / 2);
                if (cut > 0) {
                    texts.add(text.substring(0, cut + 1));
                    links.add(covers);
                    text = text.substring(cut + 2);
                }
            } else if (r.nextDouble() < truncate) {
                text = text.substring(0, text.length() * (5 + r.nextInt(4)) / 10);
            }
            texts.add(text);
            links.add(covers);
        }
        AlignerWitness w = witness(id, cyrillic ? "ru" : "xx", texts);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            expected.put(w.paragraphs().get(i).id(), links.get(i));
        }
        return new Generated(w, expected);
    }

    /** Replaces words through the mapping, drops a few (translations are not word for word). */
    private static String rewrite(String text, Map<String, String> words, boolean cyrillic, Random r) {
        StringBuilder sb = new StringBuilder();
        for (String token : text.split(" ")) {
            String core = token.replaceAll("[.,]$", "");
            if (!words.isEmpty() && Character.isLowerCase(core.charAt(0)) && r.nextDouble() < 0.1) {
                continue;
            }
            String mapped = words.getOrDefault(core, core) + token.substring(core.length());
            sb.append(sb.length() == 0 ? "" : " ").append(cyrillic ? toCyrillic(mapped) : mapped);
        }
        return sb.toString();
    }

    private static String toCyrillic(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            int k = LATIN.indexOf(Character.toLowerCase(c));
            String t = k < 0 ? String.valueOf(c) : CYRILLIC[k];
            sb.append(Character.isUpperCase(c) ? t.toUpperCase() : t);
        }
        return sb.toString();
    }

    /** Sentences of words drawn with a Zipf-like bias, sprinkled with names and numbers. */
    private static String paragraph(Random r, List<String> vocabulary, int words, int index) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word;
            double u = r.nextDouble();
            if (u < 0.03) {
                word = String.valueOf(1 + r.nextInt(2000));
            } else if (u < 0.08) {
                String name = vocabulary.get(r.nextInt(vocabulary.size()));
                word = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            } else {
                word = vocabulary.get((int) Math.min(vocabulary.size() - 1, Math.exp(r.nextDouble() * Math.log(vocabulary.size()))));
            }
            boolean sentenceEnd = w == words - 1 || r.nextDouble() < 0.08;
            sb.append(w == 0 ? "" : " ").append(word).append(sentenceEnd ? "." : "");
        }
        return (index % 37 == 0 ? (index % 9 + 1) + ". " : "") + sb;
    }

    private static List<String> vocabulary(Random r, int size, int minSyllables, int maxSyllables) {
        String[] onsets = {"b", "d", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st", "tr", "gl"};
        String[] vowels = {"a", "e", "i", "o", "u", "ai", "ou"};
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < size) {
            StringBuilder w = new StringBuilder();
            int syllables = minSyllables + r.nextInt(maxSyllables - minSyllables + 1);
            for (int s = 0; s < syllables; s++) {
                w.append(onsets[r.nextInt(onsets.length)]).append(vowels[r.nextInt(vowels.length)]);
            }
            words.add(w.toString());
        }
        return new ArrayList<>(words);
    }

    /** Maps a share of the vocabulary onto other words, deterministically. */
    private static Map<String, String> mapping(List<String> from, List<String> to, double share) {
        Map<String, String> m = new LinkedHashMap<>();
        Random r = new Random(13);
        for (int k = 0; k < from.size(); k++) {
            if (r.nextDouble() < share) {
                m.put(from.get(k), to.get(k));
            }
        }
        return m;
    }

    private static AlignerWitness witness(String id, String lang, List<String> texts) {
        List<AlignerParagraph> ps = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            ps.add(new AlignerParagraph(id.equals("base") ? "base." + i : id + "." + i, texts.get(i)));
        }
        return new AlignerWitness(id, lang, ps);
    }

    private static long[] score(Map<String, List<String>> expected, List<ParagraphLink> actual) {
        Set<String> want = new LinkedHashSet<>();
        expected.forEach((p, us) -> us.forEach(u -> want.add(p + ">" + u)));
        Set<String> have = new LinkedHashSet<>();
        actual.forEach(l -> l.baseParagraphIds().forEach(u -> have.add(l.paragraphId() + ">" + u)));
        long tp = have.stream().filter(want::contains).count();
        return new long[] {tp, have.size() - tp, want.size() - tp};
    }

    private static double ratio(long tp, long other) {
        return tp + other == 0 ? 1.0 : (double) tp / (tp + other);
    }
}
