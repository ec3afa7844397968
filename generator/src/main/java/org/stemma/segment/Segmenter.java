package org.stemma.segment;

import org.stemma.diagnostics.Diagnostics;
import org.stemma.diagnostics.Location;
import org.stemma.editorial.ParatextDecl;
import org.stemma.editorial.WitnessDecl;
import org.stemma.editorial.WorkDecl;
import org.stemma.diagnostics.Suggest;
import org.stemma.model.LineRange;
import org.stemma.model.Paragraph;
import org.stemma.model.ParagraphRule;
import org.stemma.model.Paratext;
import org.stemma.model.Witness;
import org.stemma.source.SourceText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts each witness's declared lines into paragraphs and collects paratext, checking that every
 * non-blank source line belongs to exactly one witness paragraph or one paratext entry.
 */
public final class Segmenter {
    private final Map<String, SourceText> sources;
    private final String sourcesDisplay;
    private final Diagnostics out;
    /** Who claimed each line, per source, to report doubly claimed and unclaimed lines. */
    private final Map<String, String[]> claims = new HashMap<>();

    public Segmenter(Map<String, SourceText> sources, String sourcesDisplay, Diagnostics out) {
        this.sources = sources;
        this.sourcesDisplay = sourcesDisplay;
        this.out = out;
    }

    public List<Witness> witnesses(WorkDecl work) {
        List<Witness> result = new ArrayList<>();
        for (WitnessDecl w : work.witnesses()) {
            SourceText src = source(w.source(), w.sourceLocation());
            if (src == null) continue;
            if (!inRange(src, w.lines(), w.linesLocation())) continue;
            for (LineRange r : w.lines()) claim(src, r, "witness '" + w.id() + "'", w.linesLocation());
            List<Paragraph> paragraphs = paragraphs(w, src);
            if (paragraphs.isEmpty()) {
                out.error(w.linesLocation(), "lines " + w.lines() + " of " + w.source() + " are all blank: witness '"
                        + w.id() + "' has no paragraph");
                continue;
            }
            result.add(new Witness(w.id(), w.lang(), w.title(), w.kind(), w.source(), w.lines(), w.paragraphRule(),
                    w.provenance(), paragraphs));
        }
        return result;
    }

    public List<Paratext> paratext(WorkDecl work) {
        List<Paratext> result = new ArrayList<>();
        for (ParatextDecl p : work.paratext()) {
            SourceText src = source(p.source(), p.location());
            if (src == null || !inRange(src, List.of(p.lines()), p.location())) continue;
            claim(src, p.lines(), "paratext '" + p.kind() + "'", p.location());
            List<String> text = new ArrayList<>();
            for (int n = p.lines().first(); n <= p.lines().last(); n++) {
                if (!src.isBlank(n)) text.add(src.line(n));
            }
            result.add(new Paratext(p.source(), p.lines(), p.kind(), p.description(), String.join("\n", text)));
        }
        return result;
    }

    /** After every work is segmented: the non-blank lines nobody claimed, and sources nobody uses. */
    public void checkEveryLineAccountedFor() {
        checkLinesAccountedFor(sources.keySet());
    }

    /**
     * The same for some sources only: {@code serve} after a change, having segmented every work that
     * claims lines in them (in edition order, so a doubly claimed line is reported as a full run does).
     */
    public void checkLinesAccountedFor(java.util.Collection<String> files) {
        for (String file : files) {
            SourceText src = sources.get(file);
            if (src == null) continue;
            String[] who = claims.get(src.file());
            String path = sourcesDisplay + "/" + src.file();
            if (who == null) {
                out.error(new Location(path, 1, 1), "source is used by no witness and no paratext: declare its lines, or remove the file");
                continue;
            }
            // One message per run of unclaimed lines: a witness that failed to load must not flood the report.
            int n = 1;
            while (n <= src.lineCount()) {
                if (who[n - 1] != null || src.isBlank(n)) {
                    n++;
                    continue;
                }
                int last = n;
                for (int m = n + 1; m <= src.lineCount() && who[m - 1] == null; m++) if (!src.isBlank(m)) last = m;
                String what = last == n ? "line " + n + " belongs" : "lines " + n + "-" + last + " belong";
                out.error(new Location(path, n, 1), what + " to no witness and no paratext: add "
                        + (last == n ? "it" : "them") + " to a witness's 'lines' or declare " + (last == n ? "it" : "them")
                        + " in paratext.yaml");
                n = last + 1;
            }
        }
    }

    private List<Paragraph> paragraphs(WitnessDecl w, SourceText src) {
        List<Paragraph> result = new ArrayList<>();
        for (LineRange r : w.lines()) {
            int n = r.first();
            while (n <= r.last()) {
                if (src.isBlank(n)) {
                    n++;
                    continue;
                }
                int last = n;
                if (w.paragraphRule() == ParagraphRule.BLOCK) {
                    while (last + 1 <= r.last() && !src.isBlank(last + 1)) last++;
                }
                List<String> lines = src.lines().subList(n - 1, last);
                int number = result.size() + 1;
                result.add(new Paragraph(w.id() + "." + number, w.id(), number, new LineRange(n, last),
                        lines.size() == 1 ? lines.get(0) : String.join("\n", lines), List.of(), 0, ""));
                n = last + 1;
            }
        }
        return result;
    }

    private SourceText source(String file, Location at) {
        SourceText src = sources.get(file);
        if (src == null) {
            out.error(at, "unknown source '" + file + "'" + Suggest.didYouMean(file, sources.keySet())
                    + ": sources are the files in " + sourcesDisplay);
        }
        return src;
    }

    private boolean inRange(SourceText src, List<LineRange> ranges, Location at) {
        for (LineRange r : ranges) {
            if (r.last() > src.lineCount()) {
                out.error(at, (r.first() == r.last() ? "line " + r + " is" : "lines " + r + " are") + " outside " + src.file() + ", which has " + src.lineCount() + " lines");
                return false;
            }
        }
        return true;
    }

    private void claim(SourceText src, LineRange r, String who, Location at) {
        String[] owners = claims.computeIfAbsent(src.file(), f -> new String[src.lineCount()]);
        for (int n = r.first(); n <= r.last(); n++) {
            if (src.isBlank(n)) continue;
            if (owners[n - 1] != null) {
                out.error(at, "line " + n + " of " + src.file() + " is claimed twice: by " + owners[n - 1] + " and by " + who);
            } else {
                owners[n - 1] = who;
            }
        }
    }
}
