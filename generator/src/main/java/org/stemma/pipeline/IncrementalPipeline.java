package org.stemma.pipeline;

import org.stemma.align.AlignmentStage;
import org.stemma.check.NoteLinks;
import org.stemma.diagnostics.ContentException;
import org.stemma.diagnostics.Diagnostic;
import org.stemma.diagnostics.Diagnostics;
import org.stemma.diagnostics.DisplayPath;
import org.stemma.editorial.EditorialLayer;
import org.stemma.editorial.EditorialReader;
import org.stemma.editorial.NoteDecl;
import org.stemma.editorial.ParatextDecl;
import org.stemma.editorial.WitnessDecl;
import org.stemma.editorial.WorkDecl;
import org.stemma.model.Edition;
import org.stemma.model.Paratext;
import org.stemma.model.Witness;
import org.stemma.model.Work;
import org.stemma.notes.NoteAnchorer;
import org.stemma.segment.Segmenter;
import org.stemma.source.SourceLoader;
import org.stemma.source.SourceText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The model for {@code serve}: one full run, then after each change only the stages that depend on
 * it, against the last edition that built. A changed work folder reloads that work; a changed source
 * reloads the works drawing on it. The result, warnings aside, is the model a full run would give:
 * the same stage classes run on the same inputs, and the checks that look across works (lines claimed
 * twice, lines nobody claims, note links) rerun over everything the change can reach.
 */
public final class IncrementalPipeline {
    private final Pipeline pipeline;
    private final Path contentDir;
    private final Path sourcesDir;
    private final String sourcesDisplay;
    private State last;

    /** @param links per work, the works its notes link into ({@link NoteLinks#linkedFolders}) */
    private record State(Pipeline.Loaded loaded, EditorialLayer layer, String head, Map<String, Set<String>> links) {
    }

    /**
     * What a (re)load produced and what it remade.
     *
     * @param full    everything was reloaded: nothing made from the previous edition still holds
     * @param works   the works reloaded
     * @param sources the sources whose pages may change: those changed, and those the reloaded works draw on (before and after)
     */
    public record Reloaded(Pipeline.Loaded loaded, boolean full, Set<String> works, Set<String> sources) {
    }

    public IncrementalPipeline(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.contentDir = pipeline.contentDir();
        this.sourcesDir = contentDir.resolve("sources");
        this.sourcesDisplay = DisplayPath.of(sourcesDir);
    }

    /** The last edition that built, if any. */
    public Optional<Pipeline.Loaded> current() {
        return Optional.ofNullable(last).map(State::loaded);
    }

    /** A full run; on success the base for later reloads. Throws {@link ContentException} like {@link Pipeline#load}. */
    public Reloaded loadAll() {
        Pipeline.Full f = pipeline.loadWithLayer();
        Map<String, Set<String>> links = new java.util.HashMap<>();
        for (Work w : f.loaded().edition().works()) links.put(w.id(), NoteLinks.linkedFolders(w));
        last = new State(f.loaded(), f.layer(), GitHead.of(contentDir), links);
        Edition e = f.loaded().edition();
        return new Reloaded(f.loaded(), true, ids(e.works()), new TreeSet<>(f.loaded().sources().keySet()));
    }

    /**
     * Reloads the works in {@code works} (ids of the edition's works) and the source files in
     * {@code sources} (names in sources/, present or deleted), with every work drawing on them. Falls
     * back to {@link #loadAll} when nothing built yet, when edition.yaml now lists other works, or when
     * the git HEAD moved (the revision history shows on every page).
     */
    public Reloaded reload(Set<String> works, Set<String> sources) {
        if (last == null || !GitHead.of(contentDir).equals(last.head())) return loadAll();
        Diagnostics out = new Diagnostics();
        Map<String, SourceText> changed = new SourceLoader(sourcesDir, sourcesDisplay).load(sources, out);
        Map<String, SourceText> allSources = merge(last.loaded().sources(), sources, changed);

        Map<String, WorkDecl> previous = byId(last.layer().works());
        Set<String> reread = new TreeSet<>(works);
        if (!sources.isEmpty()) for (WorkDecl d : last.layer().works()) if (usesAny(d, sources, true)) reread.add(d.id());
        EditorialLayer layer = readWorks(reread, out);
        if (!layer.edition().equals(last.layer().edition())) return loadAll();
        Map<String, WorkDecl> fresh = byId(layer.works());

        // The works in edition order, the reread ones as they are now.
        List<WorkDecl> decls = new ArrayList<>();
        for (String id : layer.edition().workIds()) {
            WorkDecl d = reread.contains(id) ? fresh.get(id) : previous.get(id);
            if (d != null) decls.add(d);
        }
        // Sources whose line accounting and pages the change can reach.
        Set<String> touched = new TreeSet<>(sources);
        for (String id : reread) {
            if (previous.containsKey(id)) touched.addAll(sourcesOf(previous.get(id), true));
            if (fresh.containsKey(id)) touched.addAll(sourcesOf(fresh.get(id), true));
        }
        touched.retainAll(allSources.keySet());

        // Every work claiming lines in a touched source is segmented, in edition order, so lines claimed
        // twice are reported where a full run reports them; only the reread works' results are kept.
        Segmenter segmenter = new Segmenter(allSources, sourcesDisplay, out);
        List<WorkDecl> redo = new ArrayList<>();
        List<List<Witness>> segmented = new ArrayList<>();
        List<List<Paratext>> paratexts = new ArrayList<>();
        for (WorkDecl d : decls) {
            boolean again = reread.contains(d.id());
            if (!again && !usesAny(d, touched, false)) continue;
            List<Witness> ws = segmenter.witnesses(d);
            List<Paratext> ps = segmenter.paratext(d);
            if (!again) continue;
            redo.add(d);
            segmented.add(ws);
            paratexts.add(ps);
        }
        List<Optional<AlignmentStage.Result>> aligned = pipeline.alignInParallel(redo, segmented, out);
        NoteAnchorer anchorer = new NoteAnchorer(allSources, out);
        Map<String, Work> remade = new LinkedHashMap<>();
        for (int i = 0; i < redo.size(); i++) {
            WorkDecl d = redo.get(i);
            if (aligned.get(i).isEmpty()) continue;
            AlignmentStage.Result r = aligned.get(i).get();
            remade.put(d.id(), new Work(d.id(), d.title(), d.base(), r.witnesses(), r.units(), paratexts.get(i),
                    anchorer.anchor(d.notes(), r.witnesses())));
        }
        segmenter.checkLinesAccountedFor(touched);
        List<Work> all = new ArrayList<>();
        for (Work w : last.loaded().edition().works()) {
            Work now = reread.contains(w.id()) ? remade.get(w.id()) : w;
            if (now != null) all.add(now);
        }
        // Links in the reloaded works' notes, and in the notes linking into the reloaded works.
        Map<String, Set<String>> links = new java.util.HashMap<>(last.links());
        for (Work w : remade.values()) links.put(w.id(), NoteLinks.linkedFolders(w));
        Set<String> notesToCheck = new TreeSet<>(reread);
        links.forEach((work, into) -> {
            if (into.contains("*") || !Collections.disjoint(into, reread)) notesToCheck.add(work);
        });
        new NoteLinks(contentDir).check(all, allSources.keySet(), notesToCheck, out);
        if (!sources.isEmpty()) org.stemma.check.SourceHashes.check(contentDir, allSources, out);
        out.throwIfErrors();

        Edition edition = Pipeline.assemble(layer.edition(), allSources, all, last.loaded().edition().history());
        Pipeline.Loaded loaded = new Pipeline.Loaded(edition, allSources, warnings(out, redo, touched, !sources.isEmpty()), Map.of());
        last = new State(loaded, new EditorialLayer(layer.edition(), decls), last.head(), links);
        return new Reloaded(loaded, false, Collections.unmodifiableSet(reread), Collections.unmodifiableSet(touched));
    }

    private EditorialLayer readWorks(Set<String> ids, Diagnostics out) {
        Optional<EditorialLayer> layer;
        try {
            layer = new EditorialReader(contentDir).read(out, ids::contains);
        } catch (ContentException e) {
            e.diagnostics().forEach(out::add); // a malformed file stops reading, as in a full run
            throw new ContentException(out.sorted());
        }
        if (layer.isEmpty()) throw new ContentException(out.sorted());
        return layer.get();
    }

    /** The previous sources with the changed ones reread (or gone), in the order a full load lists them. */
    private Map<String, SourceText> merge(Map<String, SourceText> before, Set<String> names, Map<String, SourceText> now) {
        Map<String, SourceText> result = new LinkedHashMap<>(before);
        names.forEach(n -> {
            if (!now.containsKey(n)) result.remove(n);
        });
        if (!result.keySet().containsAll(now.keySet())) {
            // A new source: sort as the loader does (by path), which only a new name can change.
            Map<String, SourceText> sorted = new TreeMap<>(Comparator.comparing(sourcesDir::resolve));
            sorted.putAll(result);
            sorted.putAll(now);
            return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
        }
        result.putAll(now); // replaces in place: the order stays
        return Collections.unmodifiableMap(result);
    }

    /** The previous warnings minus those about what was reread, plus the new ones: warnings never stop a build. */
    private List<Diagnostic> warnings(Diagnostics out, List<WorkDecl> redo, Set<String> touched, boolean hashes) {
        Set<String> stalePrefixes = new TreeSet<>();
        for (WorkDecl d : redo) stalePrefixes.add(d.folder() + "/");
        for (String s : touched) stalePrefixes.add(sourcesDisplay + "/" + s);
        String record = DisplayPath.of(contentDir.resolve(org.stemma.check.SourceHashes.FILE));
        Set<Diagnostic> result = new LinkedHashSet<>();
        for (Diagnostic d : last.loaded().warnings()) {
            String p = d.location().path();
            if (hashes && p.equals(record)) continue;
            if (stalePrefixes.stream().noneMatch(p::startsWith)) result.add(d);
        }
        result.addAll(out.all());
        List<Diagnostic> sorted = new ArrayList<>(result);
        sorted.sort(Diagnostic.ORDER);
        return List.copyOf(sorted);
    }

    /** The sources a work's witnesses and paratext claim lines in; with notes, also those its notes point into. */
    static Set<String> sourcesOf(WorkDecl d, boolean withNotes) {
        Set<String> files = new TreeSet<>();
        for (WitnessDecl w : d.witnesses()) files.add(w.source());
        for (ParatextDecl p : d.paratext()) files.add(p.source());
        if (withNotes) for (NoteDecl n : d.notes()) if (n.target() != null && n.target().source() != null) files.add(n.target().source());
        return files;
    }

    /** Whether the work draws on one of the files: {@link #sourcesOf} without making the set, for every work. */
    static boolean usesAny(WorkDecl d, Set<String> files, boolean withNotes) {
        for (WitnessDecl w : d.witnesses()) if (files.contains(w.source())) return true;
        for (ParatextDecl p : d.paratext()) if (files.contains(p.source())) return true;
        if (withNotes) for (NoteDecl n : d.notes()) {
            if (n.target() != null && n.target().source() != null && files.contains(n.target().source())) return true;
        }
        return false;
    }

    private static Map<String, WorkDecl> byId(List<WorkDecl> decls) {
        Map<String, WorkDecl> m = new LinkedHashMap<>();
        for (WorkDecl d : decls) m.putIfAbsent(d.id(), d);
        return m;
    }

    private static Set<String> ids(List<Work> works) {
        Set<String> ids = new TreeSet<>();
        works.forEach(w -> ids.add(w.id()));
        return Collections.unmodifiableSet(ids);
    }
}
