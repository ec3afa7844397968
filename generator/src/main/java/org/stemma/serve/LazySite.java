package org.stemma.serve;

import org.stemma.model.Edition;
import org.stemma.render.SiteFile;

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
    static final LazySite EMPTY = new LazySite(null, Map.of());

    private final Edition edition;
    private final Map<String, SiteFile> plan;
    private final ConcurrentHashMap<String, CompletableFuture<byte[]>> made = new ConcurrentHashMap<>();

    private LazySite(Edition edition, Map<String, SiteFile> plan) {
        this.edition = edition;
        this.plan = plan;
    }

    /**
     * The site for a new edition and plan, keeping the files made so far whose scope is neither the
     * edition nor one of the {@code works} or {@code sources} given; with {@code dropAll}, none.
     */
    LazySite next(Edition now, List<SiteFile> files, boolean dropAll, Set<String> works, Set<String> sources) {
        Map<String, SiteFile> byPath = new LinkedHashMap<>(files.size() * 2);
        for (SiteFile f : files) byPath.put(f.path(), f);
        LazySite next = new LazySite(now, Collections.unmodifiableMap(byPath));
        // Pages show the edition's title, version and history: when those change, every page does.
        if (dropAll || edition == null || !sameHeader(edition, now)) return next;
        made.forEach((path, bytes) -> {
            SiteFile f = next.plan.get(path);
            if (f == null || bytes.isCompletedExceptionally()) return;
            SiteFile.Scope s = f.scope();
            if (s.isEdition() || (s.work() != null && works.contains(s.work())) || (s.source() != null && sources.contains(s.source()))) return;
            next.made.put(path, bytes);
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
        CompletableFuture<byte[]> bytes = made.get(path);
        if (bytes == null) {
            CompletableFuture<byte[]> mine = new CompletableFuture<>();
            bytes = made.putIfAbsent(path, mine);
            if (bytes == null) {
                bytes = mine;
                try {
                    mine.complete(f.bytes());
                } catch (RuntimeException e) {
                    mine.completeExceptionally(e);
                    made.remove(path, mine); // a template error: try again on the next request
                }
            }
        }
        try {
            return bytes.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
