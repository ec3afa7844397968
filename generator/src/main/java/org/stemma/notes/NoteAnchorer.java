package org.stemma.notes;

import org.stemma.diagnostics.Diagnostics;
import org.stemma.diagnostics.Suggest;
import org.stemma.editorial.NoteDecl;
import org.stemma.editorial.TargetDecl;
import org.stemma.model.Anchor;
import org.stemma.model.LineRange;
import org.stemma.model.Note;
import org.stemma.model.Paragraph;
import org.stemma.model.Witness;
import org.stemma.source.SourceText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage 4: places every note on the text it is about. A quote must occur exactly once in its
 * scope (a witness's lines, or a source's lines), after its prefix and before its suffix.
 */
public final class NoteAnchorer {
    private final Map<String, SourceText> sources;
    private final Diagnostics out;
    private final NoteMarkdown markdown = new NoteMarkdown();

    public NoteAnchorer(Map<String, SourceText> sources, Diagnostics out) {
        this.sources = sources;
        this.out = out;
    }

    /** Notes sorted by id, as edition.json wants them. */
    public List<Note> anchor(List<NoteDecl> decls, List<Witness> witnesses) {
        List<Note> result = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (NoteDecl d : decls) {
            if (seen.containsKey(d.id())) {
                out.error(d.location(), "note id '" + d.id() + "' is already used by " + seen.get(d.id()));
                continue;
            }
            seen.put(d.id(), d.file());
            place(d, witnesses).ifPresent(anchor -> {
                String witness = d.witness() != null ? d.witness() : witnessOf(anchor, witnesses);
                if (d.witness() != null && witnesses.stream().noneMatch(w -> w.id().equals(d.witness()))) {
                    out.error(d.location(), "unknown witness '" + d.witness() + "'"
                            + Suggest.didYouMean(d.witness(), witnesses.stream().map(Witness::id).toList()));
                }
                Map<String, String> html = new LinkedHashMap<>();
                d.bodies().forEach((lang, md) -> html.put(lang, markdown.toHtml(md)));
                result.add(new Note(d.id(), d.type(), witness, anchor, d.lang(), html, d.file()));
            });
        }
        result.sort(java.util.Comparator.comparing(Note::id));
        return List.copyOf(result);
    }

    private Optional<Anchor> place(NoteDecl d, List<Witness> witnesses) {
        TargetDecl t = d.target();
        Witness witness = null;
        SourceText source;
        if (t.witness() != null) {
            witness = witnesses.stream().filter(w -> w.id().equals(t.witness())).findFirst().orElse(null);
            if (witness == null) {
                out.error(t.location(), "unknown witness '" + t.witness() + "'"
                        + Suggest.didYouMean(t.witness(), witnesses.stream().map(Witness::id).toList()));
                return Optional.empty();
            }
            source = sources.get(witness.source());
        } else {
            source = sources.get(t.source());
            if (source == null) {
                out.error(t.location(), "unknown source '" + t.source() + "'" + Suggest.didYouMean(t.source(), sources.keySet()));
                return Optional.empty();
            }
        }
        if (t.lines() != null && t.lines().last() > source.lineCount()) {
            out.error(t.location(), "lines " + t.lines() + " are outside " + source.file() + ", which has "
                    + source.lineCount() + " lines");
            return Optional.empty();
        }
        if (t.paragraph() != null) {
            if (t.paragraph() < 1 || t.paragraph() > witness.paragraphs().size()) {
                out.error(t.location(), "witness '" + witness.id() + "' has no paragraph " + t.paragraph()
                        + " (it has " + witness.paragraphs().size() + ")");
                return Optional.empty();
            }
            Paragraph p = witness.paragraphs().get(t.paragraph() - 1);
            if (!t.isQuote()) return Optional.of(new Anchor(source.file(), p.lines(), null, -1, -1, p.id()));
        }
        List<Integer> scope = scope(t, witness, source);
        if (!t.isQuote()) {
            return Optional.of(new Anchor(source.file(), t.lines(), null, -1, -1, paragraphAt(witnesses, source.file(), t.lines().first())));
        }
        List<Integer> wide = witness != null ? scope(new TargetDecl(t.witness(), null, null, null, t.quote(), "", "", null, null),
                witness, source) : wholeScope(source);
        return findQuote(d, t, source, scope, wide).map(a -> new Anchor(a.source(), a.lines(), a.quote(), a.start(), a.end(),
                paragraphAt(witnesses, source.file(), a.lines().first())));
    }

    /** Lines to search: the target's paragraph, else its line range, else the witness's lines, else the whole source. */
    private static List<Integer> scope(TargetDecl t, Witness witness, SourceText source) {
        List<Integer> lines = new ArrayList<>();
        if (t.paragraph() != null) {
            LineRange r = witness.paragraphs().get(t.paragraph() - 1).lines();
            for (int n = r.first(); n <= r.last(); n++) lines.add(n);
        } else if (t.lines() != null) {
            for (int n = t.lines().first(); n <= t.lines().last(); n++) lines.add(n);
        } else if (witness != null) {
            for (Paragraph p : witness.paragraphs()) for (int n = p.lines().first(); n <= p.lines().last(); n++) lines.add(n);
        } else {
            for (int n = 1; n <= source.lineCount(); n++) lines.add(n);
        }
        return lines;
    }

    private Optional<Anchor> findQuote(NoteDecl d, TargetDecl t, SourceText source, List<Integer> scope, List<Integer> wide) {
        List<int[]> hits = new ArrayList<>();
        for (int n : scope) {
            String line = source.line(n);
            for (int i = line.indexOf(t.quote()); i >= 0; i = line.indexOf(t.quote(), i + 1)) {
                boolean prefixOk = line.substring(0, i).endsWith(t.prefix());
                boolean suffixOk = line.substring(i + t.quote().length()).startsWith(t.suffix());
                if (prefixOk && suffixOk) hits.add(new int[]{n, i});
            }
        }
        String where = t.witness() != null ? "witness '" + t.witness() + "'" : source.file();
        if (hits.isEmpty()) return reanchor(d, t, source, wide, where);
        if (hits.size() > 1) {
            List<String> at = hits.stream().map(h -> Integer.toString(h[0])).distinct().toList();
            out.error(t.quoteLocation(), "quote '" + abbreviate(t.quote()) + "' of note '" + d.id() + "' occurs " + hits.size()
                    + " times in " + where + " (lines " + String.join(", ", at) + "): add a 'prefix' or 'suffix' to say which");
            return Optional.empty();
        }
        int line = hits.get(0)[0];
        String text = source.line(line);
        int start = text.codePointCount(0, hits.get(0)[1]);
        int end = start + t.quote().codePointCount(0, t.quote().length());
        return Optional.of(new Anchor(source.file(), new LineRange(line, line), t.quote(), start, end, null));
    }

    /**
     * The source changed under the note: look for the quote in the whole witness or source (the text
     * moved), then for the closest text (the words changed). Either is a warning; nothing close is an error.
     */
    private Optional<Anchor> reanchor(NoteDecl d, TargetDecl t, SourceText source, List<Integer> wide, String where) {
        String old = t.lines() != null ? " (expected on line " + t.lines() + ")" : "";
        List<int[]> exact = new ArrayList<>();
        for (int n : wide) {
            String line = source.line(n);
            for (int i = line.indexOf(t.quote()); i >= 0; i = line.indexOf(t.quote(), i + 1)) exact.add(new int[]{n, i});
        }
        Optional<FuzzyQuote.Match> match = exact.size() == 1
                ? Optional.of(new FuzzyQuote.Match(exact.get(0)[0], exact.get(0)[1], exact.get(0)[1] + t.quote().length(), 1.0))
                : exact.isEmpty() ? FuzzyQuote.find(t.quote(), wide, source::line) : Optional.empty();
        if (match.isEmpty()) {
            out.error(t.quoteLocation(), "quote '" + abbreviate(t.quote()) + "' of note '" + d.id() + "' is not in " + where
                    + (exact.size() > 1 ? " at the given place (it occurs " + exact.size() + " times elsewhere)"
                    : t.prefix().isEmpty() && t.suffix().isEmpty() ? "" : " with the given prefix/suffix")
                    + ", nor anything close: copy the exact text, or re-anchor the note");
            return Optional.empty();
        }
        FuzzyQuote.Match m = match.get();
        String text = source.line(m.line());
        String found = text.substring(m.start(), m.end());
        int col = text.codePointCount(0, m.start()) + 1;
        if (m.similarity() == 1.0) {
            out.warning(t.quoteLocation(), "quote '" + abbreviate(t.quote()) + "' of note '" + d.id() + "' moved" + old
                    + (t.prefix().isEmpty() && t.suffix().isEmpty() ? "" : " (its prefix/suffix no longer match)")
                    + ": now at " + source.file() + " line " + m.line() + ", column " + col + "; update the target");
        } else {
            out.warning(t.quoteLocation(), "quote '" + abbreviate(t.quote()) + "' of note '" + d.id() + "' is no longer in "
                    + where + old + "; placed on the closest text '" + abbreviate(found) + "' at " + source.file() + " line "
                    + m.line() + ", column " + col + String.format(java.util.Locale.ROOT, " (similarity %.2f)", m.similarity())
                    + ": check it and update the quote");
        }
        int start = col - 1;
        int end = start + found.codePointCount(0, found.length());
        return Optional.of(new Anchor(source.file(), new LineRange(m.line(), m.line()), found, start, end, null));
    }

    private static List<Integer> wholeScope(SourceText source) {
        List<Integer> lines = new ArrayList<>();
        for (int n = 1; n <= source.lineCount(); n++) lines.add(n);
        return lines;
    }

    private static String paragraphAt(List<Witness> witnesses, String source, int line) {
        for (Witness w : witnesses) {
            if (!w.source().equals(source)) continue;
            for (Paragraph p : w.paragraphs()) if (p.lines().contains(line)) return p.id();
        }
        return null;
    }

    private static String witnessOf(Anchor a, List<Witness> witnesses) {
        if (a.paragraph() == null) return null;
        return a.paragraph().substring(0, a.paragraph().lastIndexOf('.'));
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
