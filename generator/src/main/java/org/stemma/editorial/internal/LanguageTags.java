package org.stemma.editorial.internal;

import com.ibm.icu.util.ULocale;
import org.stemma.diagnostics.Diagnostics;
import org.stemma.diagnostics.Location;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** BCP 47 checks for language tags written by editors. */
public final class LanguageTags {
    private LanguageTags() {
    }

    /** An edition uses a handful of tags thousands of times: each is judged once. */
    private static final Map<String, Boolean> VALID = new ConcurrentHashMap<>();

    public static boolean check(String tag, Location at, Diagnostics out) {
        boolean valid = VALID.computeIfAbsent(tag, LanguageTags::isValid);
        if (!valid) out.error(at, "'" + tag + "' is not a valid BCP 47 language tag (e.g. en, fr, ru, vi, pt-BR)");
        return valid;
    }

    private static boolean isValid(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (IllformedLocaleException e) {
            return false;
        }
        return !ULocale.forLanguageTag(tag).getLanguage().isEmpty();
    }
}
