package org.stemma.export;

import org.stemma.model.Edition;
import org.stemma.model.Witness;
import org.stemma.model.Work;
import org.stemma.render.SiteSink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The open data written beside the pages: search index, plain texts, alignment tables, TEI. */
public final class Exports {
    public static final String TEI = "edition.tei.xml";

    private Exports() {
    }

    public static void write(Edition edition, SiteSink sink) {
        sink.write(SearchIndex.PATH, new SearchIndex(edition).script());
        for (Work work : edition.works()) {
            for (Witness w : work.witnesses()) {
                sink.write(markdownPath(work, w), PlainExports.markdown(edition, work, w));
                sink.write(textPath(work, w), PlainExports.text(edition, work, w));
            }
            sink.write(tablePath(work, "tsv"), PlainExports.tsv(work));
            sink.write(tablePath(work, "csv"), PlainExports.csv(work));
        }
        sink.write(TEI, TeiExport.write(edition));
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
        for (Work work : edition.works()) {
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
            list.add(m);
        }
        return list;
    }
}
