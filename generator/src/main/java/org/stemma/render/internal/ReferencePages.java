package org.stemma.render.internal;

import org.stemma.render.Links;
import org.stemma.model.Edition;
import org.stemma.model.LineRange;
import org.stemma.model.Note;
import org.stemma.model.Paragraph;
import org.stemma.model.Paratext;
import org.stemma.model.Source;
import org.stemma.model.Unit;
import org.stemma.model.Witness;
import org.stemma.model.Work;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Models of the pages that look across witnesses: parallel view, notes, sources. */
public final class ReferencePages {
    private final PageModels pages;

    public ReferencePages(PageModels pages) {
        this.pages = pages;
    }

    /** Rows are units, columns witnesses; a paragraph spanning several units fills its first row and is referred to below. */
    public Map<String, Object> parallel(Work work, String path) {
        Edition e = pages.edition();
        Map<String, Object> m = pages.common(path, e.defaultLanguage(), Edition.localized(work.title(), e.defaultLanguage(), e.defaultLanguage()), List.of(work));
        String uiLang = (String) m.get("lang");
        m.put("work", pages.workSummary(work, uiLang));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Unit u : work.units()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", u.id());
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Witness w : work.witnesses()) {
                Source src = pages.sources().get(w.source());
                List<Map<String, Object>> items = new ArrayList<>();
                for (Paragraph p : w.paragraphs()) {
                    if (!p.units().contains(u.id())) continue;
                    Map<String, Object> item = new LinkedHashMap<>();
                    boolean first = p.units().get(0).equals(u.id());
                    item.put("continued", !first);
                    item.put("units", PageModels.unitsLabel(p.units()));
                    item.put("url", w.id() + "/index.html#p" + u.id());
                    item.put("html", first ? Templates.markup(plain(src, p.lines())) : Templates.markup(""));
                    items.add(item);
                }
                cells.add(Map.of("witness", w.id(), "lang", w.lang(), "items", items));
            }
            row.put("cells", cells);
            rows.add(row);
        }
        m.put("rows", rows);
        return m;
    }

    public Map<String, Object> notes(Work work, String path) {
        Edition e = pages.edition();
        Map<String, Object> m = pages.common(path, e.defaultLanguage(), Edition.localized(work.title(), e.defaultLanguage(), e.defaultLanguage()), List.of(work));
        String uiLang = (String) m.get("lang");
        @SuppressWarnings("unchecked") Map<String, String> t = (Map<String, String>) m.get("t");
        m.put("work", pages.workSummary(work, uiLang));
        List<Map<String, Object>> notes = new ArrayList<>();
        for (Note n : work.notes()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", n.id());
            v.put("type", n.type());
            v.put("typeLabel", Labels.word(t, "note", n.type()));
            v.put("lang", n.langFor(uiLang));
            v.put("html", Templates.markup(NoteLinks.rebase(n.htmlFor(uiLang), (String) m.get("root"))));
            v.put("quote", n.anchor().quote() == null ? "" : n.anchor().quote());
            v.put("witness", n.witness() == null ? "" : n.witness());
            Witness w = n.witness() == null ? null : work.witness(n.witness()).orElse(null);
            v.put("quoteLang", w == null ? "" : w.lang());
            v.put("lines", n.anchor().lines().toString());
            v.put("source", n.anchor().source());
            v.put("sourceUrl", "../" + Links.source(n.anchor().source()) + "#L" + n.anchor().lines().first());
            v.put("readingUrl", readingUrl(work, n));
            notes.add(v);
        }
        m.put("notes", notes);
        return m;
    }

    /** The note's place on a reading page: its paragraph's anchor, or the paratext box of its witness. */
    private static String readingUrl(Work work, Note n) {
        String witness = n.anchor().paragraph() != null
                ? n.anchor().paragraph().substring(0, n.anchor().paragraph().lastIndexOf('.')) : n.witness();
        return witness == null ? "" : witness + "/index.html#r-" + n.id();
    }

    public Map<String, Object> source(Source src, String path) {
        Edition e = pages.edition();
        List<Work> using = pages.worksUsing(src.file());
        Map<String, Object> m = pages.common(path, e.defaultLanguage(), src.file(), using);
        String uiLang = (String) m.get("lang");
        @SuppressWarnings("unchecked") Map<String, String> t = (Map<String, String>) m.get("t");
        m.put("file", src.file());
        m.put("sha256", src.sha256());
        m.put("size", src.size());
        m.put("lineCount", src.lineCount());
        m.put("rawUrl", "raw/" + src.file());
        List<Note> notesHere = new ArrayList<>();
        Map<Integer, Map<String, Object>> roles = new LinkedHashMap<>();
        String textLang = "";
        for (Work work : using) {
            for (Note n : work.notes()) if (n.anchor().source().equals(src.file())) notesHere.add(n);
            for (Witness w : work.witnesses()) {
                if (!w.source().equals(src.file())) continue;
                if (textLang.isEmpty()) textLang = w.lang();
                for (Paragraph p : w.paragraphs()) for (int n = p.lines().first(); n <= p.lines().last(); n++) {
                    roles.put(n, role("witness", w.id() + " ¶" + p.number(), w.lang(),
                            "../" + Links.witness(work.id(), w.id()) + "#" + p.anchor(), p.units().isEmpty() ? "" : PageModels.unitsLabel(p.units())));
                }
            }
            for (Paratext p : work.paratext()) {
                if (!p.source().equals(src.file())) continue;
                for (int n = p.lines().first(); n <= p.lines().last(); n++) {
                    roles.put(n, role("paratext", Labels.word(t, "paratext", p.kind()), "", "", p.description()));
                }
            }
        }
        NoteNumbers numbers = new NoteNumbers(notesHere);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int n = 1; n <= src.lineCount(); n++) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("n", n);
            v.put("html", Templates.markup(numbers.markup(src.file(), new LineRange(n, n), src.lines())));
            v.put("blank", src.lines().get(n - 1).isBlank());
            Map<String, Object> role = roles.get(n);
            v.put("role", role == null ? Map.of() : role);
            v.put("lang", role != null && !((String) role.get("lang")).isEmpty() ? role.get("lang") : textLang);
            lines.add(v);
        }
        m.put("lines", lines);
        m.put("notes", pages.notesOnPage(numbers, uiLang, t, (String) m.get("root")));
        return m;
    }

    private static Map<String, Object> role(String kind, String label, String lang, String url, String detail) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kind", kind);
        r.put("label", label);
        r.put("lang", lang);
        r.put("url", url);
        r.put("detail", detail);
        return r;
    }

    private static String plain(Source src, LineRange lines) {
        StringBuilder b = new StringBuilder();
        for (int n = lines.first(); n <= lines.last(); n++) {
            if (b.length() > 0) b.append('\n');
            b.append(TextMarkup.line(src.lines().get(n - 1), List.of()));
        }
        return b.toString();
    }
}
