package org.stemma.bench;

import org.stemma.export.TeiExport;
import org.stemma.model.Edition;
import org.stemma.pipeline.Pipeline;
import org.stemma.render.EditionJson;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark, not a test: times writing edition.json and edition.tei.xml from an edition's model
 * into a stream that only counts bytes (no disk), warm-up rounds first, then the median. Run it
 * as the launcher runs builds, with the client compiler only:
 * {@code java -XX:TieredStopAtLevel=1 -cp generator/target/stemma.jar:generator/target/test-classes
 * org.stemma.bench.ExportBenchmark /tmp/stemma-bench/stemma-200 3 7} (content, warm-up rounds, rounds).
 * It uses only the writers' public {@code write(Edition, OutputStream)}, so it runs against an older jar too.
 */
public final class ExportBenchmark {
    private ExportBenchmark() {}

    private interface Writer {
        void write(Edition e, OutputStream out) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args.length > 0 ? args[0] : "/tmp/stemma-bench/stemma-200");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Edition edition = new Pipeline(content).withoutAlignmentCrossCheck().load().edition();
        System.out.printf("%s: %d works; %d warm-up rounds, median of %d; Java %s%n", content, edition.works().size(), warmup,
                rounds, System.getProperty("java.version"));
        time("edition.json", EditionJson::write, edition, warmup, rounds);
        time("edition.tei.xml", TeiExport::write, edition, warmup, rounds);
    }

    /** Wall time, and the thread's CPU time: on a shared machine the second is the steadier figure. */
    private static void time(String name, Writer writer, Edition edition, int warmup, int rounds) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // HotSpot's bean also counts the bytes a thread allocates: garbage is collector time the CPU figure leaves out.
        com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
        long allocated = 0;
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < warmup + rounds; i++) {
            Counting out = new Counting();
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            long startAllocated = allocation.getCurrentThreadAllocatedBytes();
            writer.write(edition, out);
            allocated = allocation.getCurrentThreadAllocatedBytes() - startAllocated;
            if (i >= warmup) {
                cpu.add(threads.getCurrentThreadCpuTime() - startCpu);
                wall.add(System.nanoTime() - start);
            }
            bytes = out.count;
        }
        Collections.sort(wall);
        Collections.sort(cpu);
        System.out.printf("%-16s CPU median %7.1f ms (min %.1f)  wall median %7.1f ms (min %.1f)  %,d bytes, %,.1f MB allocated%n",
                name, cpu.get(cpu.size() / 2) / 1e6, cpu.get(0) / 1e6, wall.get(wall.size() / 2) / 1e6, wall.get(0) / 1e6, bytes,
                allocated / 1e6);
    }

    /** Counts what it is given, as a file would take it: in the writer's own chunks. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
