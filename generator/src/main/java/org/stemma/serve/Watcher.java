package org.stemma.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (recursively) and, once a burst of changes has been quiet for 100 ms, hands the
 * paths that changed to an action. A lost event (the system's queue overflowed) reports the watched
 * folder itself, which the action cannot attribute to one part of the edition.
 */
final class Watcher implements AutoCloseable {
    private static final long DEBOUNCE_MS = 100;
    private final List<Path> roots;
    private final Consumer<Set<Path>> onChange;
    private final WatchService service;
    private final Thread thread;

    Watcher(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
        this.roots = roots;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        registerAll();
        this.thread = new Thread(this::loop, "stemma-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerAll() throws IOException {
        for (Path root : roots) register(root);
    }

    /** Watches a folder and every folder below it. */
    private void register(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path d : s.filter(Files::isDirectory).toList()) {
                d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<Path> changed = new TreeSet<>();
                drain(key, changed);
                // Editors save several files at once; wait for quiet before one rebuild.
                WatchKey more;
                while ((more = service.poll(DEBOUNCE_MS, TimeUnit.MILLISECONDS)) != null) drain(more, changed);
                // New folders (a new work, a new notes folder) are watched too; walking only those
                // keeps a change in a large edition from costing a walk of every folder.
                for (Path p : changed) if (Files.isDirectory(p)) register(p);
                onChange.accept(Collections.unmodifiableSet(changed));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopping
        } catch (IOException e) {
            System.err.println("serve: stopped watching: " + e.getMessage());
        }
    }

    private void drain(WatchKey key, Set<Path> changed) {
        Path dir = ((Path) key.watchable()).toAbsolutePath().normalize();
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW || !(e.context() instanceof Path name)) {
                changed.add(rootOf(dir));
            } else {
                changed.add(dir.resolve(name));
            }
        }
        key.reset();
    }

    private Path rootOf(Path dir) {
        for (Path r : roots) {
            Path root = r.toAbsolutePath().normalize();
            if (dir.startsWith(root)) return root;
        }
        return dir;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        thread.interrupt();
    }
}
