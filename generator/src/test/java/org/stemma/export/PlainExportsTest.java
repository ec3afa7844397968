package org.stemma.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainExportsTest {

    @Test
    void csvQuotesFieldsAsRfc4180() {
        assertEquals("plain", PlainExports.csvField("plain"));
        assertEquals("\"a, b\"", PlainExports.csvField("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", PlainExports.csvField("say \"hi\""));
        assertEquals("\"two\nlines\"", PlainExports.csvField("two\nlines"));
        assertEquals("a\\tb\\nc\\\\d", PlainExports.tsvField("a\tb\nc\\d"));
    }

    @Test
    void csvAndTsvHoldEveryUnitMemberWithItsTextAsInEditionJson() {
        JsonNode work = SeedSite.editionJson().get("works").get(0);
        Map<String, JsonNode> paragraphs = new HashMap<>();
        for (JsonNode w : work.get("witnesses")) for (JsonNode p : w.get("paragraphs")) paragraphs.put(p.get("id").asText(), p);
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode u : work.get("units")) {
            for (JsonNode pid : u.get("paragraphs")) {
                JsonNode p = paragraphs.get(pid.asText());
                expected.add(List.of(u.get("id").asText(), p.get("id").asText().replaceAll("\\.\\d+$", ""), pid.asText(),
                        p.get("line").asText(), p.get("text").asText()));
            }
        }
        String csv = SeedSite.text("downloads/statement/alignment.csv");
        String tsv = SeedSite.text("downloads/statement/alignment.tsv");
        assertFalse(csv.contains("\r") || tsv.contains("\r"), "'\\n' line ends only");
        List<List<String>> csvRows = parseCsv(csv);
        assertEquals(PlainExports.COLUMNS, csvRows.get(0));
        List<List<String>> tsvRows = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            List<String> row = new ArrayList<>();
            for (String f : line.split("\t", -1)) row.add(f.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\"));
            tsvRows.add(row);
        }
        // The seed aligns every paragraph, so the tables are exactly the unit memberships.
        assertEquals(expected, csvRows.subList(1, csvRows.size()));
        assertEquals(expected, tsvRows.subList(1, tsvRows.size()));
        assertTrue(csv.contains("\"Le mois dernier, j'ai été interrogé"), "fields with commas are quoted");
    }

    @Test
    void witnessTextAndMarkdownCarryEveryParagraphInOrder() {
        JsonNode work = SeedSite.editionJson().get("works").get(0);
        for (JsonNode w : work.get("witnesses")) {
            String id = w.get("id").asText();
            String txt = SeedSite.text("downloads/statement/" + id + ".txt");
            String md = SeedSite.text("downloads/statement/" + id + ".md");
            assertTrue(md.startsWith("# "), id);
            int at = 0;
            for (JsonNode p : w.get("paragraphs")) {
                String text = p.get("text").asText();
                int found = txt.indexOf("\n\n" + text + "\n", at);
                assertTrue(found >= at, id + ": " + p.get("id").asText() + " missing or out of order in the text file");
                at = found + 1;
                String firstWord = text.strip().split("\\s+")[0].replaceAll("[^\\p{L}]", "");
                assertTrue(md.contains(firstWord), id + ": " + firstWord);
            }
        }
    }

    @Test
    void markdownEscapesWhatWouldBecomeMarkup() {
        assertEquals("1\\. Telegram \\*really\\* \\[x\\](y)", PlainExports.escapeMarkdown("1. Telegram *really* [x](y)"));
        assertEquals("\\- not a list\n\\# not a heading", PlainExports.escapeMarkdown("- not a list\n# not a heading"));
        assertTrue(SeedSite.text("downloads/statement/en.md").contains("\n1\\. Telegram"), "numbered seed lines stay text");
    }

    /** The one-pass escaper against its definition, three regex passes, on random text rich in the characters that matter. */
    @Test
    void markdownEscapingMatchesTheThreeRegexPassesOnRandomText() {
        java.util.regex.Pattern inline = java.util.regex.Pattern.compile("([\\\\`*_\\[\\]<>|#!~])");
        java.util.regex.Pattern start = java.util.regex.Pattern.compile("(?m)^(\\s*)([-+=])");
        java.util.regex.Pattern numbered = java.util.regex.Pattern.compile("(?m)^(\\s*\\d+)([.)])");
        String alphabet = " \t\n\r\u000B\f\u0085\u2028\u2029-+=.)19a\\`*_[]<>|#!~é";
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 20_000; round++) {
            String s = RandomText.of(random, alphabet, 12);
            String expected = numbered.matcher(start.matcher(inline.matcher(s).replaceAll("\\\\$1")).replaceAll("$1\\\\$2"))
                    .replaceAll("$1\\\\$2");
            assertEquals(expected, PlainExports.escapeMarkdown(s), s);
        }
    }

    @Test
    void landingPageLinksEveryDownload() {
        Document index = Jsoup.parse(SeedSite.text("index.html"));
        List<String> hrefs = index.select(".downloads a[href]").eachAttr("href");
        List<String> downloads = SeedSite.get().files().keySet().stream().filter(p -> p.startsWith("downloads/")).toList();
        assertEquals(16, downloads.size());
        for (String d : downloads) assertTrue(hrefs.contains(d), d);
        assertTrue(hrefs.contains("edition.tei.xml"));
    }

    @Test
    void exportsAreByteIdenticalAcrossBuilds() {
        var again = SeedSite.build().files();
        for (var e : SeedSite.get().files().entrySet()) {
            if (e.getKey().startsWith("downloads/") || e.getKey().endsWith(".xml") || e.getKey().equals(SearchIndex.PATH)) {
                assertArrayEquals(e.getValue(), again.get(e.getKey()), e.getKey());
            }
        }
    }

    /** A small RFC 4180 reader, to check the writer against the standard rather than against itself. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                f.append(c);
            }
        }
        return rows;
    }
}
