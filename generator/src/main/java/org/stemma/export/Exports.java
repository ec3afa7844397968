package org.stemma.export;

import org.stemma.model.Edition;
import org.stemma.model.Source;
import org.stemma.model.Witness;
import org.stemma.model.Work;
import org.stemma.render.SiteFile;
import org.stemma.render.SiteFile.Scope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The open data written beside the pages: search index, plain texts, alignment tables, TEI. */
public final class Exports {
    public static final String TEI = "edition.tei.xml";

    private Exports() {
    }

    /** The exports drawn from the whole edition: search index and TEI, both streamed. */
    public static List<SiteFile> editionFiles(Edition edition) {
        return List.of(new SiteFile(TEI, Scope.EDITION, out -> TeiExport.write(edition, out)),
                new SiteFile(SearchIndex.PATH, Scope.EDITION, out -> new SearchIndex(edition).writeScript(out)));
    }

    /** One work's downloads: Markdown and plain text per witness, the alignment as TSV and CSV. */
    public static List<SiteFile> workFiles(Work work, Map<String, Source> sources) {
        Scope scope = Scope.work(work.id());
        List<SiteFile> files = new ArrayList<>();
        for (Witness w : work.witnesses()) {
            String sha = sources.get(w.source()).sha256();
            files.add(new SiteFile(markdownPath(work, w), scope, out -> PlainExports.markdown(w, sha, out)));
            files.add(new SiteFile(textPath(work, w), scope, out -> PlainExports.text(w, sha, out)));
        }
        files.add(new SiteFile(tablePath(work, "tsv"), scope, out -> PlainExports.tsv(work, out)));
        files.add(new SiteFile(tablePath(work, "csv"), scope, out -> PlainExports.csv(work, out)));
        return files;
    }

    public static String markdownPath(Work work, Witness w) {
        return "downloads/" + work.id() + "/" + w.id() + ".md";
    }

    public static String textPath(Work work, Witness w) {
        return "downloads/" + work.id() + "/" + w.id() + ".txt";
    }

    public static String tablePath(Work work, String ext) {
        return "downloads/" + work.id() + "/alignment." + ext;
    }

    /** The landing page's download list, paths relative to the root. */
    public static List<Map<String, Object>> downloads(Edition edition) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Work work : edition.works()) list.add(downloads(edition, work));
        return list;
    }

    /** One work's downloads: its alignment tables and each witness's Markdown and plain text. */
    public static Map<String, Object> downloads(Edition edition, Work work) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", Edition.localized(work.title(), edition.defaultLanguage(), edition.defaultLanguage()));
        m.put("tsv", tablePath(work, "tsv"));
        m.put("csv", tablePath(work, "csv"));
        List<Map<String, Object>> ws = new ArrayList<>();
        for (Witness w : work.witnesses()) {
            ws.add(Map.of("id", w.id(), "lang", w.lang(), "title", w.title(),
                    "md", markdownPath(work, w), "txt", textPath(work, w)));
        }
        m.put("witnesses", ws);
        return m;
    }
}
