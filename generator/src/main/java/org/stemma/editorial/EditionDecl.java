package org.stemma.editorial;

import org.stemma.diagnostics.Location;

import java.util.List;
import java.util.Map;

/**
 * What {@code edition.yaml} declares.
 *
 * @param baseUrl absolute http(s) URL the site is published at, or null: enables canonical links and sitemap
 */
public record EditionDecl(Map<String, String> title, String defaultLanguage, List<String> languages,
                          List<String> workIds, String version, String baseUrl, Map<String, String> site,
                          Location location) {
}
