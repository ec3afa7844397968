package org.stemma.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic synthetic edition for benchmarks: N works × W witnesses (en base, fr, de,
 * ru, vi: Latin with diacritics, Cyrillic, Vietnamese) × P paragraphs of about 60 words, a quote note
 * every fifth paragraph of every witness, the editors' alignment for all witnesses but the last (left
 * to the aligner). Optionally also the same texts as a Hugo multilingual site (one page per witness,
 * each witness a translation), so both generators build the same pages.
 *
 * <p>Run: {@code mvn -q -pl generator test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.stemma.bench.SyntheticEdition -Dexec.args="OUT --works 200 --hugo HUGO_OUT"}
 */
public final class SyntheticEdition {
    /** Language, its display name, and the syllables its words are made of. */
    private record Lang(String tag, String name, String[] syllables) {}

    private static final List<Lang> LANGS = List.of(
            new Lang("en", "English", "ta re mon sel dor vin ka lo pes ther an ing ro mi ful gar".split(" ")),
            new Lang("fr", "Français", "é è ça leu rè mon tê oi ou pré sé à gné ç ère ô".split(" ")),
            new Lang("de", "Deutsch", "ü ö ä sch ei en ber stra ß ung keit lich wer au gen tz".split(" ")),
            new Lang("ru", "Русский", "пра ст ов ни ка ло жд ще ый ре ми ть зна бе ю я".split(" ")),
            new Lang("vi", "Tiếng Việt", "ng ười đư ợc nh ữ ng th ế ch ủ qu ốc tr ư ơ".split(" ")));
    private static final int VOCABULARY = 3000;

    private final int works;
    private final int witnesses;
    private final int paragraphs;
    private final List<List<String>> vocabularies = new ArrayList<>();

    SyntheticEdition(int works, int witnesses, int paragraphs) {
        if (witnesses < 2 || witnesses > LANGS.size()) throw new IllegalArgumentException("witnesses: 2 to " + LANGS.size());
        this.works = works;
        this.witnesses = witnesses;
        this.paragraphs = paragraphs;
        // One vocabulary per language, word i of each being a "translation" of word i of English.
        for (int l = 0; l < LANGS.size(); l++) {
            Random r = new Random(1000 + l);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < VOCABULARY; i++) {
                StringBuilder w = new StringBuilder();
                int n = 1 + r.nextInt(3);
                for (int s = 0; s < n; s++) w.append(LANGS.get(l).syllables()[r.nextInt(LANGS.get(l).syllables().length)]);
                words.add(w.toString());
            }
            vocabularies.add(words);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: SyntheticEdition OUT [--works N] [--witnesses W] [--paragraphs P] [--hugo DIR]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n = 200, w = 5, p = 20;
        Path hugo = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--works" -> n = Integer.parseInt(args[i + 1]);
                case "--witnesses" -> w = Integer.parseInt(args[i + 1]);
                case "--paragraphs" -> p = Integer.parseInt(args[i + 1]);
                case "--hugo" -> hugo = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        SyntheticEdition edition = new SyntheticEdition(n, w, p);
        edition.writeStemma(out);
        if (hugo != null) edition.writeHugo(hugo);
        System.out.printf("synthetic edition: %d works × %d witnesses × %d paragraphs into %s%s%n", n, w, p, out,
                hugo == null ? "" : " and " + hugo);
    }

    static String workId(int k) {
        return String.format("work-%05d", k + 1);
    }

    /** The text of every witness of work k: texts[witness][paragraph]. Same seed, same text. */
    List<List<String>> texts(int k) {
        Random r = new Random(31L * k + 7);
        List<List<String>> result = new ArrayList<>();
        for (int l = 0; l < witnesses; l++) result.add(new ArrayList<>());
        for (int p = 1; p <= paragraphs; p++) {
            int length = 45 + r.nextInt(30);
            int[] words = new int[length];
            for (int i = 0; i < length; i++) words[i] = skewed(r);
            int numberAt = 3 + r.nextInt(length - 6);
            for (int l = 0; l < witnesses; l++) {
                Random drop = new Random(r.nextLong());
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    // The paragraph's number survives translation and makes quotes unique in the witness.
                    if (i == numberAt) sb.append(' ').append(1000 + p);
                    else if (l > 0 && drop.nextInt(12) == 0) continue;
                    String word = vocabularies.get(l).get(words[i]);
                    sb.append(sb.length() == 0 ? capitalise(word) : " " + word);
                    if (i % 13 == 12 && i < length - 1) sb.append(',');
                }
                result.get(l).add(sb.append('.').toString());
            }
        }
        return result;
    }

    /** Frequent words are frequent, as in real text. */
    private static int skewed(Random r) {
        double x = r.nextDouble();
        return (int) (x * x * VOCABULARY);
    }

    private static String capitalise(String w) {
        return w.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + w.substring(1);
    }

    /** The note's quote: the paragraph's number with the words around it, exactly as in the text. */
    static String quoteOf(String paragraph, int number) {
        String[] words = paragraph.split(" ");
        for (int i = 1; i + 1 < words.length; i++) {
            if (words[i].equals(Integer.toString(number))) return words[i - 1] + " " + words[i] + " " + words[i + 1];
        }
        throw new IllegalStateException("no number " + number + " in " + paragraph);
    }

    void writeStemma(Path out) throws IOException {
        Path sources = Files.createDirectories(out.resolve("sources"));
        StringBuilder edition = new StringBuilder("# Synthetic benchmark edition (generated by org.stemma.bench.SyntheticEdition)\n");
        edition.append("title:\n");
        for (int l = 0; l < witnesses; l++) edition.append("  ").append(tag(l)).append(": \"Synthetic edition (").append(LANGS.get(l).name()).append(")\"\n");
        edition.append("default-language: en\nlanguages: [");
        for (int l = 0; l < witnesses; l++) edition.append(l == 0 ? "" : ", ").append(tag(l));
        edition.append("]\n");
        write(out.resolve("edition.yaml"), edition.toString());
        for (int k = 0; k < works; k++) {
            String id = workId(k);
            Path work = out.resolve("works").resolve(id);
            List<List<String>> texts = texts(k);
            StringBuilder decl = new StringBuilder("title:\n");
            for (int l = 0; l < witnesses; l++) decl.append("  ").append(tag(l)).append(": \"").append(title(k, l)).append("\"\n");
            decl.append("base: en\nwitnesses: [");
            for (int l = 0; l < witnesses; l++) decl.append(l == 0 ? "" : ", ").append(tag(l));
            write(work.resolve("work.yaml"), decl.append("]\n").toString());
            StringBuilder alignment = new StringBuilder("# The last witness is left to the aligner.\n");
            for (int l = 0; l < witnesses; l++) {
                String file = id + "-" + tag(l) + ".txt";
                write(sources.resolve(file), String.join("\n", texts.get(l)) + "\n");
                write(work.resolve("witnesses").resolve(tag(l) + ".yaml"), "lang: " + tag(l) + "\ntitle: \"" + title(k, l)
                        + "\"\nkind: " + (l == 0 ? "original" : "translation") + "\nsource: " + file + "\nlines: 1-" + paragraphs
                        + "\nprovenance:\n  publisher: \"Synthetic\"\n  date: \"2024-09-06\"\n");
                if (l > 0 && l < witnesses - 1) {
                    alignment.append(tag(l)).append(": {");
                    for (int p = 1; p <= paragraphs; p++) alignment.append(p == 1 ? "" : ", ").append(p).append(": ").append(p);
                    alignment.append("}\n");
                }
                for (int p = 5; p <= paragraphs; p += 5) {
                    String quote = quoteOf(texts.get(l).get(p - 1), 1000 + p);
                    write(work.resolve("notes").resolve(tag(l) + "-" + p + ".md"), "---\ntype: " + (p % 10 == 0 ? "gloss" : "sic")
                            + "\ntarget:\n  witness: " + tag(l) + "\n  quote: \"" + quote + "\"\n---\nA note on *" + quote
                            + "* in paragraph " + p + " of the " + LANGS.get(l).name() + " witness, with a [link](" + id + "/en/index.html#p"
                            + p + ").\n\n::: {lang=fr}\nUne note sur **" + quote + "**.\n:::\n");
                }
            }
            write(work.resolve("alignment.yaml"), alignment.toString());
        }
    }

    /** A Hugo project with the same pages: each witness is a translation of the work's page. */
    void writeHugo(Path out) throws IOException {
        StringBuilder config = new StringBuilder("""
                baseURL = "http://example.org/"
                title = "Synthetic edition"
                defaultContentLanguage = "en"
                defaultContentLanguageInSubdir = true
                relativeURLs = true
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
                """);
        for (int l = 0; l < witnesses; l++) {
            config.append("[languages.").append(tag(l)).append("]\nweight = ").append(l + 1)
                    .append("\nlanguageName = \"").append(LANGS.get(l).name()).append("\"\n");
        }
        write(out.resolve("config.toml"), config.toString());
        write(out.resolve("layouts/_default/single.html"), """
                <!DOCTYPE html>
                <html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>
                <nav>{{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a> {{ end }}</nav>
                <h1>{{ .Title }}</h1>
                {{ $tr := .Translations }}{{ range $i, $p := .Params.paragraphs }}{{ $n := add $i 1 }}<p id="p{{ $n }}">{{ $p }}</p>
                <p class="counterparts">{{ range $tr }}<a href="{{ .RelPermalink }}#p{{ $n }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a> {{ end }}</p>
                {{ end }}</body></html>
                """);
        write(out.resolve("layouts/_default/list.html"), """
                <!DOCTYPE html>
                <html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>
                <h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
                """);
        for (int k = 0; k < works; k++) {
            List<List<String>> texts = texts(k);
            for (int l = 0; l < witnesses; l++) {
                StringBuilder page = new StringBuilder("{\"title\": ").append(json(title(k, l))).append(", \"paragraphs\": [");
                for (int p = 0; p < texts.get(l).size(); p++) page.append(p == 0 ? "" : ",\n").append(json(texts.get(l).get(p)));
                write(out.resolve("content/works/" + workId(k) + "." + tag(l) + ".md"), page.append("]}\n").toString());
            }
        }
    }

    private String tag(int l) {
        return LANGS.get(l).tag();
    }

    private String title(int k, int l) {
        return vocabularies.get(l).get(k % VOCABULARY) + " " + (k + 1);
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
