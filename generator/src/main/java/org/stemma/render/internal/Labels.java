package org.stemma.render.internal;

import com.ibm.icu.util.ULocale;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Human names for languages, kinds and types, in the page's interface language. */
public final class Labels {
    /** ICU builds a display name in microseconds, but every page asks for the same few. */
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

    private Labels() {
    }

    /** "Vietnamese" on an English page, "вьетнамский" on a Russian one; from ICU's CLDR data. */
    public static String language(String tag, String uiLang) {
        return NAMES.computeIfAbsent(tag + "\u0000" + uiLang, k -> {
            String name = ULocale.forLanguageTag(tag).getDisplayName(ULocale.forLanguageTag(uiLang));
            return name.isEmpty() ? tag : name;
        });
    }

    /** "spun-copy" → the UI word for {@code kind.spun-copy}, else "spun copy". */
    public static String word(Map<String, String> t, String prefix, String key) {
        String w = t.get(prefix + "." + key);
        return w != null ? w : key.replace('-', ' ');
    }
}
