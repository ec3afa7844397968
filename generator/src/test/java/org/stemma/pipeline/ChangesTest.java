package org.stemma.pipeline;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which part of the edition a changed path belongs to, and when it cannot be told. */
class ChangesTest {
    private Changes of(Path content, Path templates, Path... paths) {
        return Changes.of(Set.of(paths), content, templates, Set.of("a", "b"));
    }

    @Test
    void attributesFilesToTheirWorkOrSourceAndEverythingElseToAFullRebuild(@TempDir Path tmp) throws Exception {
        Path c = tmp.resolve("content"), t = tmp.resolve("templates");
        Files.createDirectories(c.resolve("works/a/notes"));
        Files.createDirectories(c.resolve("works/b"));

        Changes work = of(c, t, c.resolve("works/a/notes/n.md"), c.resolve("works/b/work.yaml"), c.resolve("sources/x.txt"));
        assertEquals(Set.of("a", "b"), work.works());
        assertEquals(Set.of("x.txt"), work.sources());
        assertFalse(work.everything() || work.templates());

        assertTrue(of(c, t, c.resolve("edition.yaml")).everything(), "edition.yaml");
        assertTrue(of(c, t, c.resolve("sources.yaml")).everything(), "the recorded hashes");
        assertTrue(of(c, t, c.resolve("works/new/work.yaml")).everything(), "a work not in the edition");
        assertTrue(of(c, t, c.resolve("works")).everything(), "the works folder itself");
        assertTrue(of(c, t, c).everything(), "the watched folder itself: events were lost");
        assertTrue(of(c, t, tmp.resolve("elsewhere.txt")).everything(), "outside the content");
        assertTrue(of(c, t, t.resolve("witness.ftlh")).templates());
        assertFalse(of(c, t, t.resolve("witness.ftlh")).everything(), "templates change the pages, not the model");

        Files.delete(c.resolve("works/b"));
        assertTrue(of(c, t, c.resolve("works/b/work.yaml")).everything(), "a work folder removed");
        assertTrue(of(c, t, c.resolve("sources/.x.txt.swp"), c.resolve(".git/HEAD"), c.resolve("sources/sub/y.txt")).isEmpty(),
                "hidden files and files below sources/ are read by no stage");
    }
}
