package org.stemma.model;

import java.util.List;
import java.util.Map;

/**
 * What git knows about the content folder. All dates come from commits, never from the clock,
 * so the same repository state builds the same site.
 *
 * @param version     the tag {@code git describe} gives for HEAD, else the short commit id
 * @param commits     commits touching the content folder, newest first
 * @param lastChanged content-relative file path → date (yyyy-MM-dd, UTC) of the last commit that changed it
 */
public record ContentHistory(String version, List<Commit> commits, Map<String, String> lastChanged) {

    /** @param files content-relative paths the commit changed, sorted */
    public record Commit(String id, String date, String author, String message, List<String> files) {
    }
}
