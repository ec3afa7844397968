package org.stemma.editorial.internal;

import com.ibm.icu.util.ULocale;
import org.stemma.diagnostics.Diagnostics;
import org.stemma.diagnostics.Location;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 checks for language tags written by editors. */
public final class LanguageTags {
    private LanguageTags() {
    }

    public static boolean check(String tag, Location at, Diagnostics out) {
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (IllformedLocaleException e) {
            out.error(at, "'" + tag + "' is not a valid BCP 47 language tag (e.g. en, fr, ru, vi, pt-BR)");
            return false;
        }
        if (ULocale.forLanguageTag(tag).getLanguage().isEmpty()) {
            out.error(at, "'" + tag + "' is not a valid BCP 47 language tag (e.g. en, fr, ru, vi, pt-BR)");
            return false;
        }
        return true;
    }
}
