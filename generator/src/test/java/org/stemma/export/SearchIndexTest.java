package org.stemma.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.model.Edition;
import org.stemma.render.Links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexTest {

    @Test
    void foldingIgnoresCaseDiacriticsAndFoldsCyrillicYo() {
        assertEquals("dieu", Fold.fold("Điều"));
        assertEquals("ete", Fold.fold("été"));
        assertEquals("еще", Fold.fold("ЕЩЁ"));
        assertEquals("еж", Fold.fold("ёж"));
        assertEquals(List.of("l", "etat", "n", "est", "pas", "facile"), Fold.words("L'État n’est pas facile!"));
    }

    /** Words are found as search.js's regex finds them, in every script, digits and marks included. */
    @Test
    void wordsAreTheRunsOfLettersMarksAndDigitsAsTheRegexFindsThem() {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
        String alphabet = "aZ09 .,'’-\u0301\u0489\u0903ЁжĐđςß²Ⅻ٣中\uD835\uDC00\uD800\uDC00\uDFFF\u00A0\t\n";
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 20_000; round++) {
            String s = RandomText.of(random, alphabet, 16);
            List<String> expected = new ArrayList<>();
            java.util.regex.Matcher m = word.matcher(s);
            while (m.find()) expected.add(m.group());
            List<String> found = new ArrayList<>();
            Fold.forEachWord(s, found::add);
            assertEquals(expected, found, s);
        }
    }

    @Test
    void vietnameseDieuLeadsToParagraphThreeOfTheVietnameseWitness() {
        SearchIndex index = new SearchIndex(SeedSite.get().edition());
        Set<String> hrefs = new TreeSet<>();
        index.terms().forEach((term, docs) -> {
            if (term.startsWith("dieu")) docs.forEach(d -> hrefs.add(index.href(index.docs().get(d))));
        });
        assertTrue(hrefs.contains("statement/vi/index.html#p3"), hrefs.toString());
        SearchIndex.Doc vi3 = index.docs().stream().filter(d -> index.href(d).equals("statement/vi/index.html#p3")).findFirst().orElseThrow();
        assertEquals("3", index.groups().get(vi3.group()).unit());
    }

    @Test
    void everyParagraphAndNoteIsIndexedWithALinkToItsAnchor() {
        Edition edition = SeedSite.get().edition();
        SearchIndex index = new SearchIndex(edition);
        long paragraphs = edition.works().stream().flatMap(w -> w.witnesses().stream()).mapToLong(w -> w.paragraphs().size()).sum();
        long notes = edition.works().stream().mapToLong(w -> w.notes().size()).sum();
        assertEquals(paragraphs + notes, index.docs().size());
        for (SearchIndex.Doc d : index.docs()) {
            String[] parts = index.href(d).split("#", 2);
            Document page = Jsoup.parse(SeedSite.text(parts[0]));
            assertNotNull(page.getElementById(parts[1]), index.href(d) + " names no element");
        }
        assertTrue(index.docs().stream().anyMatch(d -> index.href(d).equals("statement/notes.html#n-durev")));
    }

    @Test
    void everyPageHasTheSearchBoxWithItsWayBackToTheRoot() {
        for (String path : SeedSite.get().files().keySet()) {
            if (!path.endsWith(".html")) continue;
            Document page = Jsoup.parse(SeedSite.text(path));
            Element box = page.getElementById("stemma-search");
            assertNotNull(box, path);
            String root = Links.rootFrom(path);
            assertEquals(root, box.attr("data-root"), path);
            assertTrue(box.hasAttr("hidden"), "the box stays hidden until the script runs: " + path);
            assertEquals(root + SearchIndex.PATH, box.attr("data-index"), "the index, loaded when the reader searches: " + path);
            List<String> scripts = page.select("script[src]").eachAttr("src");
            assertFalse(scripts.contains(root + SearchIndex.PATH), "no page loads the index up front: " + path + " " + scripts);
            assertTrue(scripts.contains(root + "assets/search.js"), path + " " + scripts);
            assertTrue(page.select("script[type=module]").isEmpty(), path);
        }
        assertTrue(SeedSite.get().files().containsKey("assets/search.js"));
    }

    /** search.js must fold exactly as Fold does, or typed words would miss indexed ones. */
    @Test
    void javaScriptFoldsEverySeedWordAsJavaDoes(@TempDir Path tmp) throws Exception {
        Set<String> words = new TreeSet<>(List.of("Điều", "été", "ЕЩЁ", "ёлка", "ΟΔΟΣ", "İstanbul", "Straße"));
        for (SearchIndex.Doc d : new SearchIndex(SeedSite.get().edition()).docs()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{N}]+").matcher(d.text());
            while (m.find()) words.add(m.group());
        }
        List<String> list = new ArrayList<>(words);
        Path in = tmp.resolve("words.json");
        Files.writeString(in, new ObjectMapper().writeValueAsString(list));
        String script = "const s=require(" + js(SeedSite.repo().resolve("templates/assets/search.js")) + ");"
                + "const w=JSON.parse(require('fs').readFileSync(" + js(in) + ",'utf8'));"
                + "process.stdout.write(JSON.stringify(w.map(s.fold)));";
        JsonNode folded = new ObjectMapper().readTree(node(script));
        assertEquals(list.size(), folded.size());
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!folded.get(i).asText().equals(Fold.fold(list.get(i)))) differ.add(list.get(i));
        }
        assertTrue(differ.isEmpty(), "folded differently in JS: " + differ);
        assertTrue(list.size() > 500, "the seed has many distinct words: " + list.size());
    }

    /** The emitted script defines window.STEMMA_SEARCH, and search.js's prefix search finds vi #p3 for "dieu". */
    @Test
    void emittedIndexScriptAnswersPrefixQueriesInJavaScript(@TempDir Path tmp) throws Exception {
        Path index = tmp.resolve("search-index.js");
        Files.write(index, SeedSite.get().files().get(SearchIndex.PATH));
        String script = "global.window={};require(" + js(index) + ");"
                + "const s=require(" + js(SeedSite.repo().resolve("templates/assets/search.js")) + ");"
                + "const ix=window.STEMMA_SEARCH;"
                + "const hrefs=q=>s.find(ix,s.words(q)).map(d=>s.place(ix,ix.docs[d]).href);"
                + "process.stdout.write(JSON.stringify({dieu:hrefs('dieu'),ete:hrefs('ETE interr'),none:hrefs('zzzqqq')}));";
        JsonNode r = new ObjectMapper().readTree(node(script));
        assertTrue(r.get("dieu").toString().contains("\"statement/vi/index.html#p3\""), r.get("dieu").toString());
        assertTrue(r.get("ete").toString().contains("\"statement/fr-durev/index.html#p2\""), r.get("ete").toString());
        assertEquals(0, r.get("none").size());
    }

    /**
     * Runs search.js against a minimal stand-in DOM (no browser here): typing "dieu" on a reading page
     * shows a group for unit 3 whose result links to ../../statement/vi/index.html#p3 and marks "Điều".
     */
    @Test
    void typingDieuShowsUnitThreeGroupLinkingToTheVietnameseParagraph(@TempDir Path tmp) throws Exception {
        Path index = tmp.resolve("search-index.js");
        Files.write(index, SeedSite.get().files().get(SearchIndex.PATH));
        String fakeDom = """
                function El(tag){this.tagName=tag;this.children=[];this.dataset={};this.listeners={};this._text='';}
                El.prototype.appendChild=function(c){this.children.push(c);return c;};
                El.prototype.removeChild=function(c){this.children.splice(this.children.indexOf(c),1);};
                Object.defineProperty(El.prototype,'firstChild',{get(){return this.children[0]||null;}});
                Object.defineProperty(El.prototype,'textContent',{get(){return this.tagName==='#text'?this._text:this.children.map(c=>c.textContent).join('')+this._text;},set(v){this.children=[];this._text=String(v);}});
                El.prototype.addEventListener=function(n,f){this.listeners[n]=f;};
                El.prototype.setAttribute=function(n,v){this['@'+n]=String(v);};
                El.prototype.removeAttribute=function(n){delete this['@'+n];};
                const box=new El('div');box.hidden=true;
                Object.assign(box.dataset,{root:'../../',index:INDEX,unit:'paragraph {unit}',other:'other',none:'none',count:'{n} matches',note:'note'});
                const input=new El('input');input.value='';const results=new El('div');
                const ids={'stemma-search':box,'stemma-q':input,'stemma-results':results};
                let ready;
                const scripts=[];
                const head={appendChild:s=>{scripts.push(s.src);require(s.src);s.onload();}};
                global.document={getElementById:id=>ids[id]||null,createElement:t=>new El(t),head,
                  createTextNode:t=>{const e=new El('#text');e._text=t;return e;},addEventListener:(n,f)=>{ready=f;}};
                global.window={};
                """.replace("INDEX", js(index));
        String script = fakeDom + "require(" + js(SeedSite.repo().resolve("templates/assets/search.js")) + ");"
                + "ready();if(scripts.length)throw new Error('index loaded before the reader searched');"
                + "input.value='dieu';input.listeners.input();"
                + "const sections=results.children.filter(c=>c.tagName==='section').map(s=>({h:s.children[0].textContent,"
                + "items:s.children[1].children.map(li=>({href:li.children[0].href,marks:JSON.stringify(li.children[2].children.filter(c=>c.tagName==='mark').map(m=>m.textContent))}))}));"
                + "process.stdout.write(JSON.stringify({hidden:box.hidden,status:results.children[0].textContent,sections}));";
        JsonNode r = new ObjectMapper().readTree(node(script));
        assertFalse(r.get("hidden").asBoolean(), "the script reveals the box");
        assertTrue(r.get("status").asText().endsWith("matches"), r.toString());
        JsonNode unit3 = null;
        for (JsonNode s : r.get("sections")) if (s.get("h").asText().endsWith("paragraph 3")) unit3 = s;
        assertNotNull(unit3, r.toString());
        boolean found = false;
        for (JsonNode i : unit3.get("items")) {
            if (i.get("href").asText().equals("../../statement/vi/index.html#p3")) {
                found = true;
                assertTrue(i.get("marks").asText().contains("Điều"), i.toString());
            }
        }
        assertTrue(found, unit3.toString());
    }

    @Test
    void searchScriptNeverWritesMarkupFromText() throws IOException {
        String js = Files.readString(SeedSite.repo().resolve("templates/assets/search.js"));
        assertFalse(js.contains("innerHTML"));
        assertFalse(js.contains("insertAdjacentHTML"));
        assertFalse(js.contains("fetch("));
        assertTrue(js.contains("textContent"));
    }

    static String js(Path p) throws IOException {
        return new ObjectMapper().writeValueAsString(p.toAbsolutePath().toString());
    }

    static String node(String script) throws Exception {
        Process p = new ProcessBuilder("node", "-e", script).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        return new String(out, StandardCharsets.UTF_8);
    }
}
