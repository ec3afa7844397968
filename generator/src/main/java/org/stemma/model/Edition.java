package org.stemma.model;

import java.util.List;
import java.util.Map;

/**
 * The whole edition, immutable: what every renderer reads. Built once per run by the pipeline.
 *
 * @param version a tag or commit when known, else the editors' 'version', else null
 * @param history the content's revision history when it is kept in git, else null
 */
public record Edition(Map<String, String> title, String defaultLanguage, List<String> languages, String version,
                      String baseUrl, Map<String, String> site, List<Source> sources, List<Work> works,
                      ContentHistory history) {

    public static String localized(Map<String, String> texts, String lang, String fallback) {
        String t = texts.get(lang);
        if (t == null) t = texts.get(fallback);
        if (t == null && !texts.isEmpty()) t = texts.values().iterator().next();
        return t == null ? "" : t;
    }
}
