package org.stemma.history;

import org.stemma.model.ContentHistory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The view model of {@code history.html}: plain maps for the template, escaped by Freemarker. */
public final class HistoryPage {
    public static final String PATH = "history.html";

    private HistoryPage() {
    }

    public static Map<String, Object> model(ContentHistory h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gitVersion", h.version());
        List<Map<String, Object>> commits = new ArrayList<>();
        for (ContentHistory.Commit c : h.commits()) {
            commits.add(Map.of("id", c.id(), "date", c.date(), "author", c.author(), "message", c.message(), "files", c.files()));
        }
        m.put("commits", commits);
        List<Map<String, Object>> files = new ArrayList<>();
        h.lastChanged().forEach((f, d) -> {
            if (f.startsWith("works/") && (f.contains("/witnesses/") || f.contains("/notes/"))) files.add(Map.of("file", f, "date", d));
        });
        m.put("lastChanged", files);
        return m;
    }
}
