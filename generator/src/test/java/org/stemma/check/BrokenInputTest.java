package org.stemma.check;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each case breaks one thing in a copy of the seed edition and expects `check` to name the exact
 * file, line and column, with the given message (the whole message, or its start when it ends in "…").
 */
class BrokenInputTest {
    private static final String W = "works/statement/";
    private static final String N = W + "notes/";
    private static final String WIT = W + "witnesses/";

    record Case(String name, Consumer<EditionCopy> edit, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case c(String name, Consumer<EditionCopy> edit, String expected) {
        return new Case(name, edit, expected);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("malformed YAML: unclosed flow list", e -> e.replace("edition.yaml", "works: [statement]", "works: [statement"),
                        "edition.yaml:10:1: error: malformed YAML: expected ',' or ']'…"),
                c("malformed YAML: tab indentation", e -> e.replace(WIT + "en.yaml", "kind: original", "\tkind: original"),
                        "works/statement/witnesses/en.yaml:3:1: error: malformed YAML: found character a tab that cannot start any token. (Do not use tabs for indentation) (while scanning for the next token)"),
                c("malformed JSON front matter", e -> e.replace(N + "tme-links.md",
                                "type: gloss\ntarget:\n  witness: en\n  quote: http://t.me/stopCA\n",
                                "{\"type\": \"gloss\", \"target\": {\"witness\": \"en\", \"quote\": \"http://t.me/stopCA\"}\n"),
                        "works/statement/notes/tme-links.md:2:77: error: malformed YAML: expected ',' or '}', but got <stream end> (while parsing a flow mapping)"),
                c("unknown key in witness", e -> e.replace(WIT + "en.yaml", "kind: original", "knid: original"), "works/statement/witnesses/en.yaml:3:1: error: unknown key 'knid' in witness (did you mean 'kind'?)…"),
                c("unknown key in note target", e -> e.replace(N + "tme-links.md", "  quote: http", "  qoute: http"), "works/statement/notes/tme-links.md:5:3: error: unknown key 'qoute' in target (did you mean 'quote'?); allowed keys: line, lines, paragraph, prefix, quote, source, suffix, witness"),
                c("unknown key in edition", e -> e.replace("edition.yaml", "default-language:", "default-langauge:"), "edition.yaml:7:1: error: unknown key 'default-langauge' in edition (did you mean 'default-language'?); allowed keys: base-url, default-language, languages, site, title, version, works"),
                c("unknown witness in alignment", e -> e.replace(W + "alignment.yaml", "\nvi: {", "\nvj: {"), "works/statement/alignment.yaml:4:1: error: alignment names unknown witness 'vj' (did you mean 'vi'?)"),
                c("unknown witness in note", e -> e.replace(N + "tme-links.md", "witness: en", "witness: em"), "works/statement/notes/tme-links.md:4:3: error: unknown witness 'em' (did you mean 'en'?)"),
                c("duplicate note id", e -> e.write(N + "copy.md", e.read(N + "tme-links.md").replace("type: gloss", "id: tme-links\ntype: gloss")), "works/statement/notes/tme-links.md:2:1: error: note id 'tme-links' is already used by works/statement/notes/copy.md"),
                c("witness line range outside its source", e -> e.replace(WIT + "en.yaml", "lines: 15-25", "lines: 15-99"), "works/statement/witnesses/en.yaml:5:8: error: lines 15-99 are outside 002_34ba56b6eab15050.txt, which has 26 lines"),
                c("source line accounted for nowhere", e -> e.replace(WIT + "en.yaml", "lines: 15-25", "lines: 15-24"), "sources/002_34ba56b6eab15050.txt:25:1: error: line 25 belongs to no witness and no paratext: add it to a witness's 'lines' or declare it in paratext.yaml"),
                c("source line claimed twice", e -> e.replace(WIT + "en.yaml", "lines: 15-25", "lines: 14-25"), "works/statement/witnesses/ru.yaml:5:8: error: line 14 of 002_34ba56b6eab15050.txt is claimed twice: by witness 'en' and by witness 'ru'"),
                c("note quote not in witness", e -> e.replace(N + "durev-missing-space.md", "quote: sécurité.Dans", "quote: a sentence no copy has"), "works/statement/notes/durev-missing-space.md:5:10: error: quote 'a sentence no copy has' of note 'durev-missing-space' is not in witness 'fr-durev', nor anything close: copy the exact text, or re-anchor the note"),
                c("note quote ambiguous", e -> e.replace(N + "tme-links.md", "quote: http://t.me/stopCA", "quote: t.me/"), "works/statement/notes/tme-links.md:5:10: error: quote 't.me/' of note 'tme-links' occurs 2 times in witness 'en' (lines 23): add a 'prefix' or 'suffix' to say which"),
                c("alignment of a missing paragraph", e -> e.replace(W + "alignment.yaml", "{1: 1, 2: 2-11}", "{1: 1, 2: 2-11, 3: 3}"), "works/statement/alignment.yaml:9:38: error: witness 'fr-paraphrase-runon' has no paragraph 3 (it has 2)"),
                c("alignment to an unknown unit", e -> e.replace(W + "alignment.yaml", "{1: 1, 2: 2-11}", "{1: 1, 2: 2-12}"), "works/statement/alignment.yaml:9:29: error: unit '12' does not exist: units are the base witness's paragraphs, 1 to 11"),
                c("alignment unit that is not an id", e -> e.replace(W + "alignment.yaml", "\nvi: {1: 1,", "\nvi: {1: x y,"), "works/statement/alignment.yaml:4:9: error: 'x y' is not a unit id or a range like 2-11"),
                c("invalid BCP 47 tag", e -> e.replace(WIT + "vi.yaml", "lang: vi", "lang: vi_VN"), "works/statement/witnesses/vi.yaml:1:7: error: 'vi_VN' is not a valid BCP 47 language tag (e.g. en, fr, ru, vi, pt-BR)"),
                c("unknown note type", e -> e.replace(N + "sobchak.md", "type: commentary", "type: comentary"), "works/statement/notes/sobchak.md:2:7: error: unknown note type 'comentary' (did you mean 'commentary'?); types: commentary, editorial, gloss, paratext, sic, variant"),
                c("missing required key", e -> e.replace(WIT + "en.yaml", "source: 002_34ba56b6eab15050.txt\n", ""), "works/statement/witnesses/en.yaml:1:1: error: witness has no 'source': add 'source: …'"),
                c("empty quote", e -> e.replace(N + "tme-links.md", "quote: http://t.me/stopCA", "quote: \"\""), "works/statement/notes/tme-links.md:5:10: error: 'quote' is empty: copy the exact words the note is about"),
                c("bad range syntax", e -> e.replace(WIT + "en.yaml", "lines: 15-25", "lines: 15--25"), "works/statement/witnesses/en.yaml:5:8: error: 'lines' must be a line number or a range like 15-25, found the value '15--25'"),
                c("reversed range", e -> e.replace(WIT + "en.yaml", "lines: 15-25", "lines: 25-15"), "works/statement/witnesses/en.yaml:5:8: error: 'lines' must be a line number or a range like 15-25, found the value '25-15'"),
                c("base witness unknown", e -> e.replace(W + "work.yaml", "base: en", "base: eng"), "works/statement/work.yaml:7:7: error: base witness 'eng' of work 'statement' is not one of its witnesses (did you mean 'en'?)"),
                c("unknown source file", e -> e.replace(WIT + "en.yaml", "002_34ba56b6eab15050.txt", "002_34ba56b6eab15051.txt"), "works/statement/witnesses/en.yaml:4:9: error: unknown source '002_34ba56b6eab15051.txt' (did you mean '002_34ba56b6eab15050.txt'?): sources are the files in sources"),
                c("note without front matter", e -> e.write(N + "tme-links.md", "Just text.\n"), "works/statement/notes/tme-links.md:1:1: error: a note starts with front matter: a line '---', then 'type:' and 'target:', then '---'"),
                c("front matter never closed", e -> e.replace(N + "tme-links.md", "\n---\n", "\n"), "works/statement/notes/tme-links.md:1:1: error: the front matter is never closed: add a line '---' after it"),
                c("note without text", e -> e.write(N + "tme-links.md", "---\ntype: gloss\ntarget:\n  witness: en\n  quote: http://t.me/stopCA\n---\n"), "works/statement/notes/tme-links.md:7:1: error: the note has no text: write it in Markdown after the front matter"),
                c("note paragraph out of range", e -> e.replace(N + "durev-breaks-off.md", "paragraph: 8", "paragraph: 30"), "works/statement/notes/durev-breaks-off.md:4:3: error: witness 'fr-durev' has no paragraph 30 (it has 8)"),
                c("note target with witness and source", e -> e.replace(N + "durev-breaks-off.md", "  witness: fr-durev\n",
                        "  witness: fr-durev\n  source: 003_6c039120364b0048.txt\n"), "works/statement/notes/durev-breaks-off.md:4:3: error: a target names either a 'witness' or a 'source', not both"),
                c("note lines outside the source", e -> e.replace(N + "sobchak.md", "  lines: 2", "  lines: 2-400"), "works/statement/notes/sobchak.md:4:3: error: lines 2-400 are outside 002_34ba56b6eab15050.txt, which has 26 lines"),
                c("witness listed without a file", e -> e.replace(W + "work.yaml", "fr-paraphrase]", "fr-paraphrase, de]"), "works/statement/work.yaml:8:12: error: witness 'de' is listed but works/statement/witnesses/de.yaml does not exist (did you mean 'en'?)"),
                c("work without a folder", e -> e.replace("edition.yaml", "works: [statement]", "works: [statement, letters]"), "edition.yaml:9:8: error: work 'letters' has no folder works/letters"),
                c("paratext lines outside the source", e -> e.replace(W + "paratext.yaml", "lines: 26\n", "lines: 260\n"), "works/statement/paratext.yaml:26:3: error: line 260 is outside 002_34ba56b6eab15050.txt, which has 26 lines"),
                c("base-url not absolute", e -> e.write("edition.yaml", e.read("edition.yaml") + "base-url: ftp://example.org\n"), "edition.yaml:10:11: error: 'base-url' must be an absolute http(s) URL, found 'ftp://example.org'"),
                c("duplicate key", e -> e.write(WIT + "en.yaml", e.read(WIT + "en.yaml") + "lang: fr\n"), "works/statement/witnesses/en.yaml:10:1: error: duplicate key 'lang' (first at line 1)"),
                c("source used by nothing", e -> e.write("sources/extra.txt", "hello\n"), "sources/extra.txt:1:1: error: source is used by no witness and no paratext: declare its lines, or remove the file"),
                c("alignment of the base witness", e -> e.write(W + "alignment.yaml", e.read(W + "alignment.yaml") + "en: {1: 1}\n"), "works/statement/alignment.yaml:12:1: error: 'en' is the base witness: its paragraphs are the units and need no alignment"),
                c("invalid language of a note body", e -> e.replace(N + "sobchak.md", "::: {lang=ru}", "::: {lang=r}"), "works/statement/notes/sobchak.md:16:1: error: 'r' is not a valid BCP 47 language tag (e.g. en, fr, ru, vi, pt-BR)"),
                c("malformed JSON witness file", e -> {
                    e.write(WIT + "en.json", "{\"lang\": \"en\",\n \"title\": \"x\",\n}\n");
                    e.delete(WIT + "en.yaml");
                }, W + "witnesses/en.json:3:1: error: malformed JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name"),
                c("witness id not an id", e -> e.replace(W + "work.yaml", "witnesses: [en,", "witnesses: [En,"), "works/statement/work.yaml:8:12: error: witness 'En' is listed but works/statement/witnesses/En.yaml does not exist (did you mean 'en'?)")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkNamesTheExactPlaceAndProblem(Case c, @TempDir Path tmp) {
        EditionCopy copy = new EditionCopy(tmp);
        c.edit().accept(copy);
        EditionCopy.Result r = EditionCopy.run("check", "--content", copy.dir.toString());
        String err = r.err().replace(copy.dir.toString() + "/", "");
        assertEquals(1, r.exit(), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        assertFalse(err.contains("internal error"), err);
        boolean prefix = c.expected().endsWith("…");
        String want = prefix ? c.expected().substring(0, c.expected().length() - 1) : c.expected();
        assertTrue(err.lines().anyMatch(l -> prefix ? l.startsWith(want) : l.equals(want)),
                "expected a line " + (prefix ? "starting with " : "") + "\n  " + want + "\nin\n" + err);
    }
}
