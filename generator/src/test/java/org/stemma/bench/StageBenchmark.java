package org.stemma.bench;

import org.stemma.align.Aligner;
import org.stemma.align.AlignerParagraph;
import org.stemma.align.AlignerWitness;
import org.stemma.diagnostics.Diagnostics;
import org.stemma.editorial.EditorialLayer;
import org.stemma.editorial.EditorialReader;
import org.stemma.editorial.WorkDecl;
import org.stemma.model.Edition;
import org.stemma.model.Witness;
import org.stemma.model.Work;
import org.stemma.notes.NoteAnchorer;
import org.stemma.pipeline.Pipeline;
import org.stemma.render.SiteRenderer;
import org.stemma.source.SourceLoader;
import org.stemma.source.SourceText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Benchmark, not a test: times the hot stages over a synthetic edition in one warm JVM (warm-up
 * rounds first, then the median of the measured rounds): loading the content, the whole model
 * pipeline, the aligner on every non-base witness, note anchoring, and rendering every page into
 * memory (no disk). A harness rather than JMH: each stage takes seconds, so timer resolution and
 * dead-code elimination do not matter, and it needs no annotation processor in the build.
 *
 * <p>Run: {@code mvn -q -pl generator test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.stemma.bench.StageBenchmark -Dexec.args="200 2 5"} (works, warm-up rounds, rounds)
 */
public final class StageBenchmark {
    private StageBenchmark() {}

    public static void main(String[] args) throws Exception {
        int works = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path content = Files.createTempDirectory("stemma-stage-bench");
        new SyntheticEdition(works, 5, 20).writeStemma(content);
        Path templates = Path.of(System.getProperty("stemma.repo", "."), "templates");

        Pipeline.Loaded loaded = new Pipeline(content).withoutAlignmentCrossCheck().load();
        Edition edition = loaded.edition();
        Map<String, SourceText> sources = loaded.sources();
        EditorialLayer layer = new EditorialReader(content).read(new Diagnostics()).orElseThrow();
        Map<String, Work> workById = new LinkedHashMap<>();
        edition.works().forEach(w -> workById.put(w.id(), w));

        Map<String, LongSupplier> stages = new LinkedHashMap<>();
        stages.put("read sources and editorial layer", () -> {
            Diagnostics out = new Diagnostics();
            int n = new SourceLoader(content.resolve("sources"), "sources").load(out).size();
            return n + new EditorialReader(content).read(out).orElseThrow().works().size();
        });
        stages.put("model pipeline (build: aligner where needed)", () ->
                new Pipeline(content).withoutAlignmentCrossCheck().load().edition().works().size());
        stages.put("aligner, every non-base witness", () -> {
            Aligner aligner = new Aligner();
            long links = 0;
            for (Work w : edition.works()) {
                AlignerWitness base = toAligner(w.witnesses().get(0));
                for (Witness x : w.witnesses().subList(1, w.witnesses().size())) links += aligner.align(base, toAligner(x)).size();
            }
            return links;
        });
        stages.put("note anchoring", () -> {
            NoteAnchorer anchorer = new NoteAnchorer(sources, new Diagnostics());
            long notes = 0;
            for (WorkDecl d : layer.works()) notes += anchorer.anchor(d.notes(), workById.get(d.id()).witnesses()).size();
            return notes;
        });
        stages.put("rendering every page (in memory)", () -> {
            AtomicLong bytes = new AtomicLong();
            new SiteRenderer(templates, "templates").render(edition, (path, data) -> bytes.addAndGet(data.length));
            return bytes.get();
        });

        System.out.printf("synthetic edition: %d works, %d witness pages; %d warm-up rounds, median of %d; %d cores, Java %s%n",
                works, works * 5, warmup, rounds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        for (Map.Entry<String, LongSupplier> stage : stages.entrySet()) {
            long check = 0;
            for (int i = 0; i < warmup; i++) check += stage.getValue().getAsLong();
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                check += stage.getValue().getAsLong();
                times.add(System.nanoTime() - start);
            }
            Collections.sort(times);
            long median = times.get(times.size() / 2);
            System.out.printf("%-48s median %8.1f ms  (%6.3f ms per witness page; min %.1f, max %.1f)  [%d]%n", stage.getKey(),
                    median / 1e6, median / 1e6 / (works * 5), times.get(0) / 1e6, times.get(times.size() - 1) / 1e6, check);
        }
    }

    private static AlignerWitness toAligner(Witness w) {
        return new AlignerWitness(w.id(), w.lang(), w.paragraphs().stream().map(p -> new AlignerParagraph(p.id(), p.text())).toList());
    }
}
