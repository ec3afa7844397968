package org.stemma.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Watches folders (recursively) and runs an action once a burst of changes has been quiet for 100 ms. */
final class Watcher implements AutoCloseable {
    private static final long DEBOUNCE_MS = 100;
    private final List<Path> roots;
    private final Runnable onChange;
    private final WatchService service;
    private final Thread thread;

    Watcher(List<Path> roots, Runnable onChange) throws IOException {
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
        for (Path root : roots) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> s = Files.walk(root)) {
                for (Path d : s.filter(Files::isDirectory).toList()) {
                    d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                }
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                drain(key);
                // Editors save several files at once; wait for quiet before one rebuild.
                WatchKey more;
                while ((more = service.poll(DEBOUNCE_MS, TimeUnit.MILLISECONDS)) != null) drain(more);
                registerAll(); // new folders (a new work, a new notes folder) are watched too
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopping
        } catch (IOException e) {
            System.err.println("serve: stopped watching: " + e.getMessage());
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
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
