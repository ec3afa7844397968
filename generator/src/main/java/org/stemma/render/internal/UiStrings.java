package org.stemma.render.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.stemma.diagnostics.ContentException;
import org.stemma.diagnostics.Location;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface's words per language ({@code templates/i18n/<lang>.yaml}); a missing word falls
 * back to English, so a partial translation still gives a whole page.
 */
public final class UiStrings {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final Map<String, Map<String, String>> byLang = new ConcurrentHashMap<>();
    /** Merged words per language, built once: every page asks for them. */
    private final Map<String, Map<String, String>> merged = new ConcurrentHashMap<>();
    /** Every page asks, with one of a few languages. */
    private final Map<String, String> uiLanguages = new ConcurrentHashMap<>();
    private final Path dir;
    private final String display;

    public UiStrings(Path templatesDir, String display) {
        this.dir = templatesDir == null ? null : templatesDir.resolve("i18n");
        this.display = display + "/i18n";
    }

    /** The language whose words a page uses: the text's own when translated, else English. */
    public String uiLanguage(String lang) {
        return uiLanguages.computeIfAbsent(lang, l -> {
            String primary = Locale.forLanguageTag(l).getLanguage();
            return load(primary).isEmpty() ? "en" : primary;
        });
    }

    public Map<String, String> words(String lang) {
        return merged.computeIfAbsent(lang, l -> {
            Map<String, String> words = new LinkedHashMap<>(load("en"));
            words.putAll(load(Locale.forLanguageTag(l).getLanguage()));
            return Collections.unmodifiableMap(words);
        });
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> load(String lang) {
        return byLang.computeIfAbsent(lang, l -> {
            try (InputStream in = open(l + ".yaml")) {
                if (in == null) return Map.of();
                Map<String, Object> raw = YAML.readValue(in, LinkedHashMap.class);
                Map<String, String> words = new LinkedHashMap<>();
                raw.forEach((k, v) -> words.put(k, String.valueOf(v)));
                return words;
            } catch (IOException e) {
                throw ContentException.at(Location.of(display + "/" + l + ".yaml"), "cannot read UI strings: "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
        });
    }

    private InputStream open(String name) throws IOException {
        if (dir != null) {
            Path p = dir.resolve(name);
            return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
        }
        return UiStrings.class.getResourceAsStream("/stemma-templates/i18n/" + name);
    }
}
