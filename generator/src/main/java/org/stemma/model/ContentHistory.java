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

    /** The latest change among files whose content-relative path ends with one of {@code suffixes}, or null. */
    public String lastChangedOf(String... suffixes) {
        String latest = null;
        for (Map.Entry<String, String> e : lastChanged.entrySet()) {
            for (String suffix : suffixes) {
                if (e.getKey().equals(suffix) || e.getKey().endsWith("/" + suffix)) {
                    if (latest == null || e.getValue().compareTo(latest) > 0) latest = e.getValue();
                }
            }
        }
        return latest;
    }

    /** A witness changes with its declaration and with its source. */
    public String witnessLastChanged(String work, Witness w) {
        return lastChangedOf("works/" + work + "/witnesses/" + w.id() + ".yaml", "works/" + work + "/witnesses/" + w.id() + ".yml",
                "works/" + work + "/witnesses/" + w.id() + ".json", "sources/" + w.source());
    }

    /** A note changes with its file. */
    public String noteLastChanged(Note n) {
        String file = n.file().replace('\\', '/');
        int at = file.lastIndexOf("works/");
        return lastChangedOf(at >= 0 ? file.substring(at) : file);
    }
}
