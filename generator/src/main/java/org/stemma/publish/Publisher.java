package org.stemma.publish;

import org.stemma.diagnostics.ContentException;
import org.stemma.diagnostics.Location;
import org.stemma.render.SiteSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.stemma.render.SiteFile;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Stage 7: writes the site into a temporary folder beside the target and swaps it in only when
 * complete, so a failed or killed build leaves the previous site as it was. It replaces only a
 * folder that Stemma wrote (recognised by its manifest) and never deletes a file it did not write.
 */
public final class Publisher implements SiteSink {
    public static final String MANIFEST = ".stemma-output";
    private final Path target;
    private final boolean force;
    private final Path staging;
    private final TreeSet<String> written = new TreeSet<>();
    private final Set<Path> directories = new HashSet<>();
    private final AtomicInteger unchanged = new AtomicInteger();
    /** Every file's size as handed over: the build's record needs them (a stat per file, after the fact, took 0.6 s at 10,000 pages). */
    private final java.util.Map<String, Long> sizes = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    /** Whether the target is a site Stemma wrote, whose files may be taken as they are. */
    private final boolean previousManifest;
    /**
     * When the previous build finished, or null: its input record is the last file it wrote, so a file
     * modified after the record was edited by someone else, even if it kept its size.
     */
    private final java.nio.file.attribute.FileTime previousFinish;
    /**
     * Writers: more threads than cores, as they mostly wait on the file system. A path always goes
     * to the same writer, so a file written twice ends with the later bytes. Queues are short so
     * pages do not pile up in memory: a full queue makes the rendering thread wait.
     */
    private final List<ThreadPoolExecutor> writers = IntStream.range(0, 4).mapToObj(i -> new ThreadPoolExecutor(1, 1, 0,
            TimeUnit.SECONDS, new ArrayBlockingQueue<>(16), Publisher::daemon, Publisher::waitForRoom)).toList();
    /** Test hook: milliseconds to pause after the fifth file, so a test can kill a build midway. */
    private static final long PAUSE_MS = Long.getLong("stemma.test.publishPauseMs", 0);

    public Publisher(Path target, boolean force) {
        this.target = target.toAbsolutePath().normalize();
        this.force = force;
        refuseForeignTarget();
        this.previousManifest = Files.isDirectory(this.target) && Files.isRegularFile(this.target.resolve(MANIFEST));
        this.previousFinish = previousManifest ? modified(this.target.resolve(InputRecord.FILE)) : null;
        try {
            Files.createDirectories(this.target.getParent());
            this.staging = Files.createTempDirectory(this.target.getParent(), "." + this.target.getFileName() + ".building-");
            setMode(staging, true);
        } catch (IOException e) {
            throw ContentException.at(Location.of(target.toString()), "cannot create a build folder beside it: " + e.getMessage());
        }
    }

    /**
     * Thread-safe: the renderer writes pages from several threads. The bytes reach the disk on
     * background threads (creating a file costs more waiting than work), so page rendering goes on
     * meanwhile; {@link #commit} waits for them and reports the first failure.
     */
    @Override
    public void write(String path, byte[] content) {
        Path file = checkedFile(path);
        synchronized (this) {
            try {
                createDirectories(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            boolean first = written.add(path);
            sizes.put(path, (long) content.length);
            writers.get(Math.floorMod(path.hashCode(), writers.size())).execute(() -> store(path, file, content, first));
            if (PAUSE_MS > 0 && written.size() == 5) pause();
        }
    }

    /**
     * Makes the file on the calling thread; a small one then goes to the writers like any page, a large
     * one has already streamed into the build folder (and is replaced by a link if it did not change).
     */
    @Override
    public void write(SiteFile f) {
        Path file = checkedFile(f.path());
        SpillingOutput out = new SpillingOutput(file);
        try {
            synchronized (this) {
                createDirectories(file.getParent());
            }
            f.body().writeTo(out);
            out.close();
            if (!out.spilled()) {
                write(f.path(), out.bytes());
                return;
            }
            setMode(file, false);
            sizes.put(f.path(), Files.size(file));
            boolean first;
            synchronized (this) {
                first = written.add(f.path());
            }
            Path previous = target.resolve(f.path());
            if (first && Files.isRegularFile(previous) && SpillingOutput.sameFiles(file, previous)) {
                Files.delete(file);
                if (link(file, previous)) unchanged.incrementAndGet();
                else Files.copy(previous, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes the previous site's file as it is (a hard link, else a copy) instead of a rendered one, when
     * an earlier build wrote it and it still has the size it had then (a file edited by hand is not trusted).
     *
     * @return false when the file must be rendered after all
     */
    public boolean reuse(String path, long size) {
        Path file = checkedFile(path);
        Path previous = target.resolve(path);
        try {
            BasicFileAttributes a = Files.readAttributes(previous, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() != size || previousFinish == null
                    || a.lastModifiedTime().compareTo(previousFinish) > 0) return false;
            synchronized (this) {
                createDirectories(file.getParent());
                if (!written.add(path)) return false;
            }
            if (!link(file, previous)) {
                Files.copy(previous, file);
                setMode(file, false);
            }
            sizes.put(path, size);
            return true;
        } catch (IOException e) {
            return false; // gone meanwhile, say: rendered instead
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS).lastModifiedTime();
        } catch (IOException e) {
            return null; // no record: nothing is taken from the previous site
        }
    }

    /** The size of a file written or re-used by this build, or null for none. */
    public Long size(String path) {
        return sizes.get(path);
    }

    /** A file the previous build kept beside the site (its input record), when Stemma wrote that folder; else null. */
    public byte[] previous(String name) {
        try {
            Path f = target.resolve(name);
            return previousManifest && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(f) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private Path checkedFile(String path) {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.equals(MANIFEST) || path.equals(InputRecord.FILE)) {
            throw new IllegalArgumentException("bad output path " + path);
        }
        return staging.resolve(path);
    }

    private void store(String path, Path file, byte[] content, boolean first) {
        if (failure.get() != null) return;
        try {
            Path previous = target.resolve(path);
            if (first && Files.isRegularFile(previous) && sameBytes(previous, content) && link(file, previous)) {
                unchanged.incrementAndGet();
            } else {
                Files.deleteIfExists(file); // never write through a link into the previous site
                Files.write(file, content);
                setMode(file, false);
            }
        } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    /** Waits for the files handed to the writing threads; throws the first failure. */
    private void drain() {
        writers.forEach(ThreadPoolExecutor::shutdown);
        try {
            for (ThreadPoolExecutor w : writers) {
                while (!w.awaitTermination(1, TimeUnit.MINUTES)) {
                    // a slow disk: keep waiting, the files must be complete before the swap
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the site", e);
        }
        Exception e = failure.get();
        if (e instanceof IOException io) throw new UncheckedIOException(io);
        if (e != null) throw (RuntimeException) e;
    }

    /** Files whose bytes did not change: the previous file itself (a hard link), so its mtime stays. */
    public int unchanged() {
        return unchanged.get();
    }

    private static boolean sameBytes(Path file, byte[] content) throws IOException {
        return Files.size(file) == content.length && java.util.Arrays.equals(Files.readAllBytes(file), content);
    }

    private static boolean link(Path link, Path existing) {
        try {
            Files.createLink(link, existing);
            setMode(link, false);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // e.g. a file system without hard links: the file is simply written again
        }
    }

    private void createDirectories(Path dir) throws IOException {
        if (dir.equals(staging) || directories.contains(dir)) return;
        createDirectories(dir.getParent());
        if (!Files.isDirectory(dir)) {
            Files.createDirectory(dir);
            setMode(dir, true);
        }
        directories.add(dir);
    }

    private static void waitForRoom(Runnable task, ThreadPoolExecutor writer) {
        try {
            writer.getQueue().put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the site", e);
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "stemma-publish");
        t.setDaemon(true); // a failed build must not be kept alive by idle writers
        return t;
    }

    /** The umask must not decide who can read the site: 0644 files, 0755 folders. */
    private static void setMode(Path p, boolean dir) throws IOException {
        if (!p.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(dir ? "rwxr-xr-x" : "rw-r--r--"));
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Swaps the finished site in. @return the number of files in the site (written + unchanged) */
    public int commit() {
        return commit(null);
    }

    /** The same, keeping {@code inputs} (unless null) as {@value InputRecord#FILE}, listed in the manifest as Stemma's. */
    public int commit(byte[] inputs) {
        try {
            drain();
            TreeSet<String> ours = new TreeSet<>(written);
            if (inputs != null) {
                Files.write(staging.resolve(InputRecord.FILE), inputs);
                setMode(staging.resolve(InputRecord.FILE), false);
                ours.add(InputRecord.FILE);
            }
            Files.writeString(staging.resolve(MANIFEST), String.join("\n", ours) + "\n", StandardCharsets.UTF_8);
            setMode(staging.resolve(MANIFEST), false);
            Path old = null;
            if (Files.exists(target)) {
                refuseForeignFiles();
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".previous-");
                Files.delete(old);
                move(target, old);
            }
            move(staging, target);
            if (old != null) deleteTree(old);
            return written.size();
        } catch (IOException e) {
            abort();
            throw ContentException.at(Location.of(target.toString()), "cannot replace the site: " + e.getMessage());
        }
    }

    /** Removes the unfinished build; the previous site was never touched. */
    public void abort() {
        try {
            writers.forEach(ThreadPoolExecutor::shutdownNow);
            for (ThreadPoolExecutor w : writers) w.awaitTermination(1, TimeUnit.MINUTES); // none may write into the folder being deleted
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (Files.exists(staging)) deleteTree(staging);
        } catch (IOException ignored) {
            // A leftover hidden build folder is harmless; the next build makes a new one.
        }
    }

    private void refuseForeignTarget() {
        if (force || !Files.exists(target)) return;
        if (!Files.isDirectory(target)) {
            throw ContentException.at(Location.of(target.toString()), "the output exists and is not a folder: choose another --out");
        }
        try (Stream<Path> s = Files.list(target)) {
            if (s.findAny().isPresent() && !Files.isRegularFile(target.resolve(MANIFEST))) {
                throw ContentException.at(Location.of(target.toString()), "the output folder is not empty and was not written by "
                        + "Stemma: choose another --out, empty it, or pass --force to replace it");
            }
            refuseForeignFiles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files an earlier build did not write (someone put them there) would be lost by the swap. */
    private void refuseForeignFiles() throws IOException {
        if (force || !Files.isRegularFile(target.resolve(MANIFEST))) return;
        TreeSet<String> ours = new TreeSet<>(Files.readAllLines(target.resolve(MANIFEST), StandardCharsets.UTF_8));
        ours.add(MANIFEST);
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> s = Files.walk(target)) {
            s.filter(Files::isRegularFile).map(p -> target.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !ours.contains(p)).sorted().limit(5).forEach(foreign::add);
        }
        if (!foreign.isEmpty()) {
            throw ContentException.at(Location.of(target.resolve(foreign.get(0)).toString()), "was not written by Stemma and would be "
                    + "lost (" + String.join(", ", foreign) + "): move it out of the output folder, or pass --force");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
