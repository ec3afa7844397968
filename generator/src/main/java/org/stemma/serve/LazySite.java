package org.stemma.serve;

import org.stemma.model.Edition;
import org.stemma.render.SiteFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site as {@code serve} holds it: every planned file, made the first time it is asked for and
 * kept. A rebuild plans a new site and carries over the files the change could not have touched,
 * so it never waits on making files, least of all the edition-wide ones (edition.json, search index).
 * Immutable but for the cache: a request in flight finishes against the site it started with.
 */
final class LazySite {
    static final LazySite EMPTY = new LazySite(null, Map.of(), new Heavy());
    /** A file that took longer than this to make last time waits for the others like it: one at a time. */
    private static final long HEAVY_MS = 500;

    private final Edition edition;
    private final Map<String, SiteFile> plan;
    private final Heavy heavy;
    private final ConcurrentHashMap<String, Making> made = new ConcurrentHashMap<>();

    /** A file made or being made; a rebuild that drops it while it is being made stops the making. */
    private static final class Making {
        final CompletableFuture<byte[]> bytes = new CompletableFuture<>();
        volatile boolean dropped;
    }

    /** Thrown to the requests waiting for a file a rebuild dropped while it was being made: ask the new site. */
    static final class Superseded extends RuntimeException {
        Superseded() {
            super("the edition was rebuilt while this file was being made", null, false, false);
        }
    }

    /**
     * Shared by a site and those that follow it: how long each file took to make, and one slot for the
     * slow ones (edition.json, the search index), so that after quick edits stale ones do not pile up
     * on every core while the rebuild and the pages wait.
     */
    private static final class Heavy {
        final Map<String, Long> millis = new ConcurrentHashMap<>();
        final java.util.concurrent.Semaphore slot = new java.util.concurrent.Semaphore(1);
    }

    private LazySite(Edition edition, Map<String, SiteFile> plan, Heavy heavy) {
        this.edition = edition;
        this.plan = plan;
        this.heavy = heavy;
    }

    /**
     * The site for a new edition and plan, keeping the files made so far whose scope is neither the
     * edition nor one of the {@code works} or {@code sources} given; with {@code dropAll}, none.
     */
    LazySite next(Edition now, List<SiteFile> files, boolean dropAll, Set<String> works, Set<String> sources) {
        Map<String, SiteFile> byPath = new LinkedHashMap<>(files.size() * 2);
        for (SiteFile f : files) byPath.put(f.path(), f);
        LazySite next = new LazySite(now, Collections.unmodifiableMap(byPath), edition == null ? new Heavy() : heavy);
        // Pages show the edition's title, version and history: when those change, every page does.
        boolean keepAny = !dropAll && edition != null && sameHeader(edition, now);
        made.forEach((path, making) -> {
            SiteFile f = next.plan.get(path);
            SiteFile.Scope s = f == null ? null : f.scope();
            boolean keep = keepAny && s != null && !s.isEdition() && (s.work() == null || !works.contains(s.work()))
                    && (s.source() == null || !sources.contains(s.source()));
            if (keep) next.made.put(path, making);
            // A dropped file still being made is of no use (a new edition.json is made from scratch):
            // stop it rather than let it hold a core for seconds.
            else if (!making.bytes.isDone()) making.dropped = true;
        });
        return next;
    }

    private static boolean sameHeader(Edition a, Edition b) {
        return a.title().equals(b.title()) && a.defaultLanguage().equals(b.defaultLanguage())
                && a.languages().equals(b.languages()) && Objects.equals(a.version(), b.version())
                && Objects.equals(a.baseUrl(), b.baseUrl()) && a.site().equals(b.site())
                && Objects.equals(a.history(), b.history());
    }

    Edition edition() {
        return edition;
    }

    Set<String> paths() {
        return plan.keySet();
    }

    boolean isMade(String path) {
        return made.containsKey(path);
    }

    /** The file's bytes, made now unless made before; null when the site has no such file. */
    byte[] get(String path) {
        SiteFile f = plan.get(path);
        if (f == null) return null;
        Making making = made.get(path);
        if (making != null && making.bytes.isCompletedExceptionally()) {
            made.remove(path, making); // failed (a template error, say) before a rebuild carried it over: try again
            making = null;
        }
        if (making == null) {
            Making mine = new Making();
            making = made.putIfAbsent(path, mine);
            if (making == null) {
                making = mine;
                make(path, f, mine);
            }
        }
        try {
            return making.bytes.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void make(String path, SiteFile f, Making making) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192) {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                if (making.dropped) throw new Superseded();
                super.write(b, off, len);
            }

            @Override
            public synchronized void write(int b) {
                if (making.dropped) throw new Superseded();
                super.write(b);
            }
        };
        boolean slow = heavy.millis.getOrDefault(path, 0L) > HEAVY_MS;
        if (slow) heavy.slot.acquireUninterruptibly();
        try {
            if (making.dropped) throw new Superseded(); // dropped while it waited for its turn
            long start = System.nanoTime();
            f.body().writeTo(out);
            heavy.millis.put(path, (System.nanoTime() - start) / 1_000_000);
            making.bytes.complete(out.toByteArray());
        } catch (IOException e) {
            making.bytes.completeExceptionally(new UncheckedIOException(e));
            made.remove(path, making);
        } catch (RuntimeException e) {
            making.bytes.completeExceptionally(e);
            made.remove(path, making); // a template error: try again on the next request
        } finally {
            if (slow) heavy.slot.release();
        }
    }
}
