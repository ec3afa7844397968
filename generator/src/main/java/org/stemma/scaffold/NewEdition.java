package org.stemma.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A minimal edition an editor can start from: one work, two witnesses in one source, paratext,
 * an alignment and one note. It checks and builds clean as it is, so every later error is the editor's edit.
 */
public final class NewEdition {
    private NewEdition() {
    }

    /** @return an error message, or null when the edition was created */
    public static String create(Path dir) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) return dir + " exists and is not a folder";
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) return dir + " is not empty: choose a new folder";
            }
        }
        for (Map.Entry<String, String> f : files().entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        return null;
    }

    static Map<String, String> files() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("edition.yaml", """
                # The edition: its title per language, its languages and its works.
                title:
                  en: "A letter in two copies"
                  fr: "Une lettre en deux copies"
                default-language: en
                languages: [en, fr]
                works: [letter]
                """);
        f.put("sources/letter.txt", """
                The Letter
                Dear friend, the harvest was good this year.
                We will visit you in the spring.
                La lettre
                Cher ami, la récolte a été bonne cette année.
                Nous vous rendrons visite au printemps.
                """);
        f.put("works/letter/work.yaml", """
                title:
                  en: "The letter"
                  fr: "La lettre"
                base: en
                witnesses: [en, fr]
                """);
        f.put("works/letter/witnesses/en.yaml", """
                lang: en
                title: "The letter (English)"
                kind: original
                source: letter.txt
                lines: 2-3
                provenance:
                  description: "Replace with where this copy comes from."
                """);
        f.put("works/letter/witnesses/fr.yaml", """
                lang: fr
                title: "La lettre (français)"
                kind: translation
                source: letter.txt
                lines: 5-6
                provenance:
                  description: "Replace with where this copy comes from."
                """);
        f.put("works/letter/paratext.yaml", """
                # Every non-blank source line that is not in a witness is declared here.
                - source: letter.txt
                  lines: 1
                  kind: heading
                  description: "The English heading."
                - source: letter.txt
                  lines: 4
                  kind: heading
                  description: "The French heading."
                """);
        f.put("works/letter/alignment.yaml", """
                # witness → paragraph number → unit(s) of the base witness.
                fr: {1: 1, 2: 2}
                """);
        f.put("works/letter/notes/harvest.md", """
                ---
                type: gloss
                target:
                  witness: en
                  quote: harvest
                ---
                The *harvest* of the year the letter was written.
                """);
        f.put("README.md", """
                # A new Stemma edition

                Run `stemma check --content .` after each edit and `stemma build --content . --out ../site`
                to build the site. The format is described in the editor's guide (content/README.md of Stemma).
                """);
        return f;
    }
}
