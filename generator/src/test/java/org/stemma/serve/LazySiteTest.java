package org.stemma.serve;

import org.junit.jupiter.api.Test;
import org.stemma.render.SiteFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files are made once, on request; a rebuild stops making the files it drops. */
class LazySiteTest {
    @Test
    void aRebuildStopsMakingADroppedFileAndTheNewSiteMakesItAfresh() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger makes = new AtomicInteger();
        SiteFile slow = new SiteFile("edition.json", SiteFile.Scope.EDITION, out -> {
            if (makes.incrementAndGet() > 1) {
                out.write("fresh".getBytes(StandardCharsets.UTF_8));
                return;
            }
            started.countDown();
            for (int i = 0; i < 20_000; i++) { // as a large file: writes until stopped (or 20 s)
                out.write('x');
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
        });
        LazySite first = LazySite.EMPTY.next(null, List.of(slow), true, Set.of(), Set.of());
        CompletableFuture<Object> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return first.get("edition.json");
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        LazySite second = first.next(null, List.of(slow), false, Set.of(), Set.of());
        assertInstanceOf(LazySite.Superseded.class, waiting.get(10, TimeUnit.SECONDS), "the stale making stopped");
        assertEquals("fresh", new String(second.get("edition.json"), StandardCharsets.UTF_8));
        assertEquals("fresh", new String(second.get("edition.json"), StandardCharsets.UTF_8));
        assertEquals(2, makes.get(), "made once per site, then kept");
    }
}
