package org.stemma.pipeline;

import org.stemma.align.Aligner;
import org.stemma.align.AlignmentStage;
import org.stemma.diagnostics.ContentException;
import org.stemma.diagnostics.Diagnostic;
import org.stemma.diagnostics.Diagnostics;
import org.stemma.editorial.EditionDecl;
import org.stemma.editorial.EditorialLayer;
import org.stemma.editorial.EditorialReader;
import org.stemma.editorial.WorkDecl;
import org.stemma.model.Edition;
import org.stemma.model.Note;
import org.stemma.model.Paratext;
import org.stemma.model.Source;
import org.stemma.model.Witness;
import org.stemma.model.Work;
import org.stemma.notes.NoteAnchorer;
import org.stemma.segment.Segmenter;
import org.stemma.source.SourceLoader;
import org.stemma.source.SourceText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The stages from content folder to edition model: load sources, read the editorial layer,
 * segment witnesses, align, anchor notes, assemble. Every stage reports into one
 * {@link Diagnostics}, so a run shows all problems at once.
 */
public final class Pipeline {
    private final Path contentDir;
    private boolean useEditorialAlignment = true;
    private boolean crossCheckAlignment = true;

    public Pipeline(Path contentDir) {
        this.contentDir = contentDir;
    }

    /** For the {@code align} command: the aligner alone, ignoring the editors' alignment. */
    public Pipeline ignoreEditorialAlignment() {
        this.useEditorialAlignment = false;
        return this;
    }

    /**
     * For {@code build}: do not run the aligner on witnesses the editors aligned completely (it would
     * only warn where it disagrees, which {@code check} reports).
     */
    public Pipeline withoutAlignmentCrossCheck() {
        this.crossCheckAlignment = false;
        return this;
    }

    /**
     * The model and the warnings, or a {@link ContentException} with every error (and warning) found;
     * {@code editorialFiles}: each editorial file read (content-relative, '/' separators) with the size
     * and CRC-32C of the bytes read, for the record a build keeps of its inputs.
     */
    public record Loaded(Edition edition, Map<String, SourceText> sources, List<Diagnostic> warnings,
                         Map<String, String> editorialFiles) {
    }

    public Loaded load() {
        return loadWithLayer().loaded();
    }

    /** A full run's model with the editorial layer it came from: what {@link IncrementalPipeline} starts from. */
    record Full(Loaded loaded, EditorialLayer layer) {
    }

    Full loadWithLayer() {
        Diagnostics out = new Diagnostics();
        String display = org.stemma.diagnostics.DisplayPath.of(contentDir.resolve("sources"));
        Map<String, SourceText> sources = new SourceLoader(contentDir.resolve("sources"), display).load(out);
        Optional<EditorialLayer> layer;
        EditorialReader reader = new EditorialReader(contentDir);
        try {
            layer = reader.read(out);
        } catch (ContentException e) {
            e.diagnostics().forEach(out::add);
            throw new ContentException(out.sorted());
        }
        if (layer.isEmpty()) throw new ContentException(out.sorted());

        Segmenter segmenter = new Segmenter(sources, display, out);
        List<WorkDecl> decls = layer.get().works();
        List<List<Witness>> segmented = new ArrayList<>();
        List<List<Paratext>> paratexts = new ArrayList<>();
        for (WorkDecl decl : decls) {
            segmented.add(segmenter.witnesses(decl));
            paratexts.add(segmenter.paratext(decl));
        }
        List<Optional<AlignmentStage.Result>> alignments = alignInParallel(decls, segmented, out);
        // Works' notes are independent (anchoring and Markdown were 7% of loading, on one thread):
        // anchored in parallel, each work's problems kept apart and reported in work order.
        Diagnostics[] noteProblems = new Diagnostics[decls.size()];
        List<Optional<Work>> built = IntStream.range(0, decls.size()).parallel().mapToObj(i -> {
            WorkDecl decl = decls.get(i);
            Optional<AlignmentStage.Result> aligned = alignments.get(i);
            if (aligned.isEmpty()) return Optional.<Work>empty();
            noteProblems[i] = new Diagnostics();
            List<Note> notes = new NoteAnchorer(sources, noteProblems[i]).anchor(decl.notes(), aligned.get().witnesses());
            return Optional.of(new Work(decl.id(), decl.title(), decl.base(), aligned.get().witnesses(), aligned.get().units(),
                    paratexts.get(i), notes));
        }).toList();
        List<Work> works = new ArrayList<>();
        for (int i = 0; i < decls.size(); i++) {
            if (noteProblems[i] != null) noteProblems[i].all().forEach(out::add);
            built.get(i).ifPresent(works::add);
        }
        segmenter.checkEveryLineAccountedFor();
        new org.stemma.check.NoteLinks(contentDir).check(works, sources.keySet(), out);
        org.stemma.check.SourceHashes.check(contentDir, sources, out);
        out.throwIfErrors();

        // The editors' version wins; else the git tag or commit the content was built from.
        org.stemma.model.ContentHistory history = org.stemma.history.GitHistory.read(contentDir).orElse(null);
        Edition edition = assemble(layer.get().edition(), sources, works, history);
        Map<String, String> read = new java.util.TreeMap<>();
        reader.filesRead().forEach((file, stamp) -> read.put(contentDir.relativize(file).toString().replace('\\', '/'), stamp));
        return new Full(new Loaded(edition, sources, out.sorted(), read), layer.get());
    }

    /** The edition from its parts; an incremental reload assembles it the same way. */
    static Edition assemble(EditionDecl e, Map<String, SourceText> sources, List<Work> works,
                            org.stemma.model.ContentHistory history) {
        List<Source> published = sources.values().stream()
                .map(s -> new Source(s.file(), s.sha256(), s.size(), s.crc32c(), s.path(), s.lines())).toList();
        List<String> languages = e.languages().isEmpty()
                ? works.stream().flatMap(w -> w.witnesses().stream()).map(Witness::lang).distinct().toList()
                : e.languages();
        String version = e.version() != null ? e.version() : history == null ? null : history.version();
        return new Edition(e.title(), e.defaultLanguage(), languages, version, e.baseUrl(), e.site(),
                published, List.copyOf(works), history);
    }

    Path contentDir() {
        return contentDir;
    }

    /**
     * The aligner is the slowest stage and works are independent: align them in parallel, each with
     * its own diagnostics, merged in work order so the report does not depend on timing.
     */
    List<Optional<AlignmentStage.Result>> alignInParallel(List<WorkDecl> decls, List<List<Witness>> witnesses,
                                                                  Diagnostics out) {
        Aligner aligner = new Aligner();
        List<Diagnostics> reports = decls.stream().map(d -> new Diagnostics()).toList();
        List<Optional<AlignmentStage.Result>> results = IntStream.range(0, decls.size()).parallel()
                .mapToObj(i -> new AlignmentStage(reports.get(i), aligner, useEditorialAlignment, crossCheckAlignment)
                        .align(decls.get(i), witnesses.get(i)))
                .toList();
        reports.forEach(r -> r.all().forEach(out::add));
        return results;
    }
}
