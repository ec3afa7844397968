package org.stemma.pipeline;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.nio.file.Path;

/**
 * The commit HEAD names in the git repository holding the content, or "" without one. The revision
 * history (and the version on every page) changes only when HEAD moves: reading HEAD tells a reload
 * whether the history it keeps is still right, at a fraction of the cost of reading the history.
 */
final class GitHead {
    private GitHead() {
    }

    static String of(Path contentDir) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(contentDir.toAbsolutePath().normalize().toFile());
        if (builder.getGitDir() == null) return "";
        try (Repository repo = builder.build()) {
            ObjectId head = repo.resolve("HEAD");
            return head == null ? "" : head.name();
        } catch (java.io.IOException | RuntimeException e) {
            return ""; // as GitHistory: an unreadable repository counts as none
        }
    }
}
