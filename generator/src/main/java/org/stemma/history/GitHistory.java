package org.stemma.history;

import org.stemma.model.ContentHistory;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.io.DisabledOutputStream;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads the revision history of the content folder with JGit; no git repository means no history. */
public final class GitHistory {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private GitHistory() {
    }

    public static Optional<ContentHistory> read(Path contentDir) {
        Path abs = contentDir.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(abs.toFile());
        if (builder.getGitDir() == null) return Optional.empty();
        try (Repository repo = builder.build(); Git git = new Git(repo)) {
            ObjectId head = repo.resolve("HEAD");
            if (head == null || repo.getWorkTree() == null) return Optional.empty();
            Path work = repo.getWorkTree().toPath().toAbsolutePath().normalize();
            String prefix = work.relativize(abs).toString().replace('\\', '/');
            String described = git.describe().setTags(true).setTarget(head).call();
            String version = described != null ? described : head.abbreviate(7).name();

            List<ContentHistory.Commit> commits = new ArrayList<>();
            Map<String, String> lastChanged = new TreeMap<>();
            var log = git.log().add(head);
            if (!prefix.isEmpty()) log.addPath(prefix);
            try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
                diff.setRepository(repo);
                for (RevCommit c : log.call()) {
                    TreeSet<String> files = new TreeSet<>();
                    var parentTree = c.getParentCount() > 0 ? repo.parseCommit(c.getParent(0)).getTree() : null;
                    for (DiffEntry d : diff.scan(parentTree, c.getTree())) {
                        String p = d.getChangeType() == DiffEntry.ChangeType.DELETE ? d.getOldPath() : d.getNewPath();
                        if (!prefix.isEmpty() && !p.startsWith(prefix + "/")) continue;
                        files.add(prefix.isEmpty() ? p : p.substring(prefix.length() + 1));
                    }
                    String date = DAY.format(Instant.ofEpochSecond(c.getCommitTime()));
                    for (String f : files) lastChanged.putIfAbsent(f, date); // newest first: the first seen is the last change
                    commits.add(new ContentHistory.Commit(c.abbreviate(7).name(), date, c.getAuthorIdent().getName(),
                            c.getShortMessage(), List.copyOf(files)));
                }
            }
            return Optional.of(new ContentHistory(version, List.copyOf(commits), new LinkedHashMap<>(lastChanged)));
        } catch (IOException | org.eclipse.jgit.api.errors.GitAPIException e) {
            return Optional.empty(); // an unreadable repository: build the site without history, as without git
        }
    }
}
