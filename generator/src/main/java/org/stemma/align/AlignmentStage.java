package org.stemma.align;

import org.stemma.diagnostics.Diagnostics;
import org.stemma.diagnostics.Location;
import org.stemma.diagnostics.Suggest;
import org.stemma.editorial.WitnessAlignmentDecl;
import org.stemma.editorial.WorkDecl;
import org.stemma.model.Paragraph;
import org.stemma.model.Unit;
import org.stemma.model.Witness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage 3: gives every paragraph its alignment units. Units are the base witness's paragraphs,
 * named by their number. The editors' alignment wins where given; the aligner proposes the rest.
 */
public final class AlignmentStage {
    /** Above this the aligner's disagreement with the editors is worth a warning. */
    static final double CONFIDENT = 0.9;
    /** Below this an automatic link is shown to the editors for confirmation. */
    static final double WEAK = 0.5;

    private final Diagnostics out;
    private final Aligner aligner;
    private final boolean useEditorial;
    private final boolean crossCheck;

    /** @param useEditorial false to ignore the editors' alignment (the {@code align} command) */
    public AlignmentStage(Diagnostics out, Aligner aligner, boolean useEditorial) {
        this(out, aligner, useEditorial, true);
    }

    /**
     * @param crossCheck whether to run the aligner on witnesses the editors aligned completely, to
     *                   warn where it disagrees ({@code check}); {@code build} skips it for speed
     */
    public AlignmentStage(Diagnostics out, Aligner aligner, boolean useEditorial, boolean crossCheck) {
        this.out = out;
        this.aligner = aligner;
        this.useEditorial = useEditorial;
        this.crossCheck = crossCheck;
    }

    public record Result(List<Witness> witnesses, List<Unit> units) {
    }

    public Optional<Result> align(WorkDecl decl, List<Witness> witnesses) {
        Optional<Witness> base = witnesses.stream().filter(w -> w.id().equals(decl.base())).findFirst();
        if (base.isEmpty()) {
            out.error(decl.baseLocation(), "base witness '" + decl.base() + "' of work '" + decl.id() + "' is not one of its witnesses"
                    + Suggest.didYouMean(decl.base(), witnesses.stream().map(Witness::id).toList()));
            return Optional.empty();
        }
        Map<String, String> unitOfBaseParagraph = new LinkedHashMap<>();
        for (Paragraph p : base.get().paragraphs()) unitOfBaseParagraph.put(p.id(), Integer.toString(p.number()));
        checkAlignmentWitnesses(decl, witnesses);

        List<Witness> aligned = new ArrayList<>();
        for (Witness w : witnesses) {
            if (w == base.get()) {
                aligned.add(withParagraphs(w, w.paragraphs().stream()
                        .map(p -> p.withUnits(List.of(Integer.toString(p.number())), 1.0, "base")).toList()));
                continue;
            }
            WitnessAlignmentDecl editorial = useEditorial ? decl.alignment().get(w.id()) : null;
            List<Paragraph> ps = new ArrayList<>();
            boolean editorsAlignedAll = editorial != null
                    && w.paragraphs().stream().allMatch(p -> editorial.units().containsKey(p.number()));
            List<ParagraphLink> proposal = editorsAlignedAll && !crossCheck ? null : aligner.align(toAligner(base.get()), toAligner(w));
            for (Paragraph p : w.paragraphs()) {
                if (editorial != null && editorial.units().containsKey(p.number())) {
                    List<String> units = editorial.units().get(p.number());
                    Location at = editorial.locations().get(p.number());
                    checkUnits(units, unitOfBaseParagraph, at);
                    if (proposal == null) {
                        ps.add(p.withUnits(units, 1.0, "editors"));
                        continue;
                    }
                    ParagraphLink link = proposal.get(p.number() - 1);
                    List<String> proposed = link.baseParagraphIds().stream().map(unitOfBaseParagraph::get).toList();
                    if (link.confidence() >= CONFIDENT && conflicts(proposed, units)) {
                        out.warning(at, "the aligner is confident (" + percent(link.confidence()) + ") that paragraph " + p.number()
                                + " of '" + w.id() + "' belongs to " + describe(proposed) + ", not " + describe(units));
                    }
                    ps.add(p.withUnits(units, 1.0, "editors"));
                } else {
                    ParagraphLink link = proposal.get(p.number() - 1);
                    List<String> proposed = link.baseParagraphIds().stream().map(unitOfBaseParagraph::get).toList();
                    if (link.confidence() < WEAK) {
                        out.warning(locationOf(decl, w), "weak alignment (" + percent(link.confidence()) + "): paragraph "
                                + p.number() + " of '" + w.id() + "' (line " + p.lines().first() + ") → " + describe(proposed)
                                + "; confirm it in alignment.yaml");
                    }
                    ps.add(p.withUnits(proposed, link.confidence(), "aligner"));
                }
            }
            if (editorial != null) checkParagraphNumbers(editorial, w);
            aligned.add(withParagraphs(w, ps));
        }
        return Optional.of(new Result(aligned, units(base.get(), aligned)));
    }

    /** A unit's members: base first, then every witness in edition order. */
    private static List<Unit> units(Witness base, List<Witness> witnesses) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Paragraph p : base.paragraphs()) members.put(Integer.toString(p.number()), new ArrayList<>());
        for (Witness w : witnesses) {
            if (w.id().equals(base.id())) continue;
            for (Paragraph p : w.paragraphs()) for (String u : p.units()) {
                List<String> m = members.get(u);
                if (m != null && !m.contains(p.id())) m.add(p.id());
            }
        }
        List<Unit> result = new ArrayList<>();
        for (Paragraph p : base.paragraphs()) {
            List<String> ids = new ArrayList<>();
            ids.add(p.id());
            ids.addAll(members.get(Integer.toString(p.number())));
            result.add(new Unit(Integer.toString(p.number()), List.copyOf(ids)));
        }
        return List.copyOf(result);
    }

    private void checkAlignmentWitnesses(WorkDecl decl, List<Witness> witnesses) {
        List<String> ids = witnesses.stream().map(Witness::id).toList();
        for (WitnessAlignmentDecl a : decl.alignment().values()) {
            if (!ids.contains(a.witness())) {
                out.error(a.location(), "alignment names unknown witness '" + a.witness() + "'" + Suggest.didYouMean(a.witness(), ids));
            } else if (a.witness().equals(decl.base())) {
                out.error(a.location(), "'" + a.witness() + "' is the base witness: its paragraphs are the units and need no alignment");
            }
        }
    }

    private void checkParagraphNumbers(WitnessAlignmentDecl a, Witness w) {
        for (Map.Entry<Integer, Location> e : a.locations().entrySet()) {
            if (e.getKey() < 1 || e.getKey() > w.paragraphs().size()) {
                out.error(e.getValue(), "witness '" + w.id() + "' has no paragraph " + e.getKey() + " (it has "
                        + w.paragraphs().size() + ")");
            }
        }
    }

    private void checkUnits(List<String> units, Map<String, String> unitOfBase, Location at) {
        for (String u : units) {
            if (!unitOfBase.containsValue(u)) {
                out.error(at, "unit '" + u + "' does not exist: units are the base witness's paragraphs, 1 to " + unitOfBase.size());
            }
        }
    }

    /**
     * The editors may see more than the aligner (a merged unit it has no evidence for): only a
     * proposal outside their units, or a link where they say there is none, is a disagreement.
     */
    static boolean conflicts(List<String> proposed, List<String> editorial) {
        if (editorial.isEmpty()) return !proposed.isEmpty();
        return proposed.isEmpty() || !editorial.containsAll(proposed);
    }

    private static String describe(List<String> units) {
        return units.isEmpty() ? "no unit" : (units.size() == 1 ? "unit " : "units ") + String.join(", ", units);
    }

    private static String percent(double confidence) {
        return Math.round(confidence * 100) + "%";
    }

    /** Where to point an editor about a witness's automatic alignment: its own alignment entry, else the work. */
    private static Location locationOf(WorkDecl decl, Witness w) {
        WitnessAlignmentDecl a = decl.alignment().get(w.id());
        return a != null ? a.location() : decl.location();
    }

    private static Witness withParagraphs(Witness w, List<Paragraph> ps) {
        return new Witness(w.id(), w.lang(), w.title(), w.kind(), w.source(), w.lines(), w.paragraphRule(),
                w.provenance(), List.copyOf(ps));
    }

    private static AlignerWitness toAligner(Witness w) {
        return new AlignerWitness(w.id(), w.lang(), w.paragraphs().stream()
                .map(p -> new AlignerParagraph(p.id(), p.text())).toList());
    }
}
