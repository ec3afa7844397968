package org.stemma.render.internal;

import org.stemma.render.Links;
import org.stemma.model.Edition;
import org.stemma.model.LineRange;
import org.stemma.model.Note;
import org.stemma.model.Paragraph;
import org.stemma.model.Paratext;
import org.stemma.model.Source;
import org.stemma.model.Witness;
import org.stemma.model.Work;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the data each template sees: plain maps and lists, texts escaped by the template. */
public final class PageModels {
    private static final java.util.regex.Pattern HTTP_URL = java.util.regex.Pattern.compile("https?://[^\\s\"<>]+");
    private final Edition edition;
    private final UiStrings ui;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    /** The works whose witnesses or paratext use each source file, so a source page need not scan every work. */
    private final Map<String, List<Work>> worksBySource = new LinkedHashMap<>();
    /**
     * Work summaries per work and interface language: every page of a work shows the same one. A
     * work's pages are made close together, so a few recent summaries suffice; keeping all of them
     * held hundreds of MB at ten thousand witnesses.
     */
    private final Map<String, Map<String, Object>> summaries = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(128, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<String, Object>> eldest) {
                    return size() > 64;
                }
            });

    public PageModels(Edition edition, UiStrings ui) {
        this.edition = edition;
        this.ui = ui;
        for (Source s : edition.sources()) sources.put(s.file(), s);
        for (Work w : edition.works()) {
            Set<String> files = new LinkedHashSet<>();
            w.witnesses().forEach(x -> files.add(x.source()));
            w.paratext().forEach(p -> files.add(p.source()));
            files.forEach(f -> worksBySource.computeIfAbsent(f, k -> new ArrayList<>()).add(w));
        }
    }

    /** What every page has: where the root is, its interface words, the edition's title; the navigation lists every work. */
    public Map<String, Object> common(String pagePath, String contentLang, String title) {
        return common(pagePath, contentLang, title, edition.works());
    }

    /**
     * The same, with the navigation limited to {@code navWorks}: a work's pages link to that work's
     * views only, so a page's size does not grow with the number of works in the edition.
     */
    public Map<String, Object> common(String pagePath, String contentLang, String title, List<Work> navWorks) {
        String uiLang = ui.uiLanguage(contentLang);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("root", Links.rootFrom(pagePath));
        m.put("path", pagePath);
        m.put("lang", uiLang);
        m.put("t", ui.words(uiLang));
        m.put("pageTitle", title);
        m.put("editionTitle", Edition.localized(edition.title(), uiLang, edition.defaultLanguage()));
        m.put("editionLang", edition.title().containsKey(uiLang) ? uiLang : edition.defaultLanguage());
        m.put("version", edition.version() == null ? "" : edition.version());
        List<Map<String, Object>> works = navWorks.stream().map(w -> workSummary(w, uiLang)).toList();
        m.put("works", works);
        // The header links to a work's views only where one work is in question: on the landing page of an
        // edition of hundreds of works it would repeat "Parallel view" and "Notes" hundreds of times, links
        // with the same words and different targets, and make every edition-wide page grow with the edition.
        m.put("navWorks", works.size() == 1 ? works : List.of());
        m.put("description", Edition.localized(edition.title(), uiLang, edition.defaultLanguage()));
        // Canonical and OpenGraph addresses need the published address; without it they are left out.
        String base = edition.baseUrl();
        m.put("canonical", base == null ? "" : (base.endsWith("/") ? base : base + "/") + pagePath);
        return m;
    }

    /**
     * Whether each work has a page of its own (witnesses, sources, downloads). With one work the landing
     * page shows all that; with hundreds it would run to megabytes (10.9 MB at 2,000 works), so it
     * lists the works and each work's page carries its details.
     */
    public static boolean hasWorkPages(Edition edition) {
        return edition.works().size() > 1;
    }

    /** Shared between pages: templates only read it. */
    public Map<String, Object> workSummary(Work w, String uiLang) {
        String key = w.id() + "\u0000" + uiLang;
        Map<String, Object> summary = summaries.get(key);
        if (summary == null) {
            summary = summarise(w, uiLang); // made twice at worst, by two threads: both the same
            summaries.put(key, summary);
        }
        return summary;
    }

    private Map<String, Object> summarise(Work w, String uiLang) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, String> t = ui.words(uiLang);
        m.put("id", w.id());
        m.put("title", Edition.localized(w.title(), uiLang, edition.defaultLanguage()));
        m.put("pageUrl", hasWorkPages(edition) ? Links.work(w.id()) : "index.html");
        m.put("parallelUrl", Links.parallel(w.id()));
        m.put("notesUrl", Links.notes(w.id()));
        m.put("unitCount", w.units().size());
        m.put("noteCount", w.notes().size());
        List<Map<String, Object>> ws = new ArrayList<>();
        for (Witness x : w.witnesses()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", x.id());
            v.put("lang", x.lang());
            v.put("langName", Labels.language(x.lang(), uiLang));
            v.put("title", x.title());
            v.put("kind", Labels.word(t, "kind", x.kind()));
            v.put("isBase", x.id().equals(w.base()));
            v.put("url", Links.witness(w.id(), x.id()));
            v.put("sourceUrl", Links.source(x.source()));
            v.put("source", x.source());
            v.put("covered", x.coveredUnits());
            v.put("total", w.units().size());
            v.put("paragraphCount", x.paragraphs().size());
            v.put("provenance", provenance(x, t));
            ws.add(v);
        }
        m.put("witnesses", ws);
        return m;
    }

    private static List<Map<String, Object>> provenance(Witness x, Map<String, String> t) {
        List<Map<String, Object>> list = new ArrayList<>();
        x.provenance().forEach((k, v) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("label", Labels.word(t, "provenance", k));
            e.put("value", v);
            // Only http(s) values become links: provenance is untrusted text.
            e.put("href", HTTP_URL.matcher(v).matches() ? v : "");
            list.add(e);
        });
        return list;
    }

    public Map<String, Object> witnessPage(Work work, Witness w, String path) {
        Map<String, Object> m = common(path, w.lang(), w.title(), List.of(work));
        String uiLang = (String) m.get("lang");
        Source src = sources.get(w.source());
        List<Note> candidates = work.notes().stream().filter(n -> n.anchor().source().equals(w.source())
                && (n.witness() == null || n.witness().equals(w.id()))).toList();
        NoteNumbers numbers = new NoteNumbers(candidates);
        m.put("work", workSummary(work, uiLang));
        m.put("witness", ((List<?>) workSummary(work, uiLang).get("witnesses")).get(work.witnesses().indexOf(w)));
        List<Map<String, Object>> paratext = new ArrayList<>();
        for (Paratext p : work.paratext()) {
            if (!p.source().equals(w.source())) continue;
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("kind", Labels.word((Map<String, String>) m.get("t"), "paratext", p.kind()));
            v.put("description", p.description());
            v.put("lines", p.lines().toString());
            v.put("html", Templates.markup(nonBlank(numbers, p.source(), p.lines(), src)));
            v.put("sourceUrl", Links.source(p.source()) + "#L" + p.lines().first());
            paratext.add(v);
        }
        m.put("paratext", paratext);
        List<Map<String, Object>> paragraphs = new ArrayList<>();
        Witness ref = Apparatus.referenceFor(work, w);
        List<Counterpart> others = counterpartWitnesses(work, w, uiLang);
        long words = 0, changed = 0;
        for (Paragraph p : w.paragraphs()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("anchor", p.anchor());
            v.put("extraAnchors", p.units().size() > 1 ? p.units().subList(1, p.units().size()).stream().map(u -> "p" + u).toList() : List.of());
            v.put("units", unitsLabel(p.units()));
            v.put("aligned", !p.units().isEmpty());
            int metBefore = numbers.met().size();
            v.put("html", Templates.markup(numbers.markup(w.source(), p.lines(), src.lines())));
            v.put("marginNoteIds", numbers.met().subList(metBefore, numbers.met().size()).stream()
                    .map(e -> e.getKey().id()).toList());
            v.put("lines", p.lines().toString());
            v.put("sourceUrl", Links.source(w.source()) + "#L" + p.lines().first());
            List<Map<String, Object>> groups = new ArrayList<>();
            for (String unit : p.units()) groups.add(Map.of("unit", unit, "links", counterparts(others, unit)));
            v.put("counterparts", groups.isEmpty() ? List.of() : groups.get(0).get("links"));
            v.put("moreCounterparts", groups.size() > 1 ? groups.subList(1, groups.size()) : List.of());
            String refText = ref == null ? null : Apparatus.referenceText(ref, p);
            if (refText != null) {
                Apparatus.Comparison c = Apparatus.compare(refText, p.text());
                v.put("diff", Templates.markup(c.html()));
                words += c.words();
                changed += c.changed();
            }
            paragraphs.add(v);
        }
        m.put("reference", ref == null ? Map.of() : Map.of("id", ref.id(), "title", ref.title(), "lang", ref.lang(),
                "url", "../../" + Links.witness(work.id(), ref.id()),
                "changedPercent", Apparatus.percent(changed, words), "words", words, "changed", changed));
        if (!w.paragraphs().isEmpty()) m.put("description", summary(w.paragraphs().get(0).text()));
        m.put("paragraphs", paragraphs);
        List<Map<String, Object>> notes = notesOnPage(numbers, uiLang, (Map<String, String>) m.get("t"), (String) m.get("root"));
        m.put("notes", notes);
        // The notes first met in a paragraph, again beside it: margin notes on wide screens.
        for (Map<String, Object> v : paragraphs) {
            List<?> ids = (List<?>) v.remove("marginNoteIds");
            v.put("marginNotes", notes.stream().filter(n -> ids.contains(n.get("id"))).toList());
        }
        m.put("alternates", work.witnesses().stream().filter(x -> x != w).map(x -> Map.of(
                "lang", x.lang(), "url", "../../" + Links.witness(work.id(), x.id()))).toList());
        return m;
    }

    /** Paratext shows its non-blank lines only. */
    private static String nonBlank(NoteNumbers numbers, String file, LineRange lines, Source src) {
        List<String> parts = new ArrayList<>();
        for (int n = lines.first(); n <= lines.last(); n++) {
            if (!src.lines().get(n - 1).isBlank()) parts.add(numbers.markup(file, new LineRange(n, n), src.lines()));
        }
        return String.join("<br>\n", parts);
    }

    /**
     * A first paragraph cut at a word boundary near 200 characters, for link previews: blanks
     * (regex \\s) collapsed to one space, only as far as the cut needs.
     */
    static String summary(String text) {
        String s = text.strip();
        StringBuilder t = new StringBuilder(Math.min(s.length(), 210));
        boolean blank = false;
        for (int i = 0; i < s.length() && t.length() <= 200; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                blank = true;
            } else {
                if (blank) t.append(' ');
                blank = false;
                t.append(c);
            }
        }
        if (t.length() <= 200) return t.toString();
        int cut = t.lastIndexOf(" ", 200);
        return t.substring(0, cut > 100 ? cut : 200) + "…";
    }

    /** Another witness of the work as a reading page's counterpart links show it: the same for every unit. */
    private record Counterpart(String witness, String lang, String title, String label, String url, Set<String> units) {
    }

    /** The other witnesses of a page's work, worked out once per page rather than once per paragraph. */
    private List<Counterpart> counterpartWitnesses(Work work, Witness self, String uiLang) {
        List<Counterpart> result = new ArrayList<>();
        for (Witness other : work.witnesses()) {
            if (other == self) continue;
            Set<String> units = new java.util.HashSet<>();
            other.paragraphs().forEach(q -> units.addAll(q.units()));
            // Compact label: the language's name; the kind too when another witness shares the language.
            boolean shared = work.witnesses().stream().filter(x -> x.lang().equals(other.lang())).count() > 1;
            String label = Labels.language(other.lang(), uiLang);
            boolean sameKind = work.witnesses().stream().filter(x -> x.lang().equals(other.lang())
                    && x.kind().equals(other.kind())).count() > 1;
            String detail = sameKind ? other.id() : Labels.word(ui.words(uiLang), "kind", other.kind());
            result.add(new Counterpart(other.id(), other.lang(), other.title(), shared ? label + " (" + detail + ")" : label,
                    "../../" + Links.witness(work.id(), other.id()) + "#p", units));
        }
        return result;
    }

    /** For each other witness, whether it has {@code unit}, linked at that unit's anchor. */
    private static List<Map<String, Object>> counterparts(List<Counterpart> others, String unit) {
        List<Map<String, Object>> result = new ArrayList<>(others.size());
        for (Counterpart other : others) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("witness", other.witness());
            v.put("lang", other.lang());
            v.put("title", other.title());
            v.put("present", other.units().contains(unit));
            v.put("label", other.label());
            v.put("url", other.url() + unit);
            result.add(v);
        }
        return result;
    }

    public List<Map<String, Object>> notesOnPage(NoteNumbers numbers, String uiLang, Map<String, String> t, String root) {
        List<Map<String, Object>> notes = new ArrayList<>();
        for (Map.Entry<Note, Integer> e : numbers.met()) {
            Note n = e.getKey();
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", n.id());
            v.put("number", e.getValue());
            v.put("type", n.type());
            v.put("typeLabel", Labels.word(t, "note", n.type()));
            v.put("lang", n.langFor(uiLang));
            v.put("html", Templates.markup(NoteLinks.rebase(n.htmlFor(uiLang), root)));
            notes.add(v);
        }
        return notes;
    }

    static String unitsLabel(List<String> units) {
        if (units.isEmpty()) return "";
        if (units.size() == 1) return units.get(0);
        return units.get(0) + "–" + units.get(units.size() - 1);
    }

    /** The works that use a source file, in edition order. */
    List<Work> worksUsing(String file) {
        return worksBySource.getOrDefault(file, List.of());
    }

    Map<String, Source> sources() {
        return sources;
    }

    Edition edition() {
        return edition;
    }

    UiStrings ui() {
        return ui;
    }
}
