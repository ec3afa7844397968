package org.stemma.export.archive;

import org.stemma.model.Edition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A built site as one ZIP holding a BagIt bag (RFC 8493): bagit.txt, bag-info.txt, SHA-256
 * manifests and the site under data/, plus README.txt and index.html for a reader who just
 * unpacks it. Byte-identical for the same site: sorted entries, fixed times and compression,
 * a bagging date taken from the edition, never the clock.
 */
public final class BagArchive {
    /**
     * DOS time has no zone. Not 1980-01-01 00:00: the JDK takes that value as "before 1980" and adds
     * a timestamp field computed in the local time zone, which would make the bytes zone-dependent.
     */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 2, 0, 0);

    private BagArchive() {
    }

    /** @param root the single folder the ZIP unpacks to */
    public static byte[] zip(Edition edition, SortedMap<String, byte[]> site, String root) {
        SortedMap<String, byte[]> bag = bag(edition, site);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setMethod(ZipOutputStream.DEFLATED);
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> e : bag.entrySet()) {
                ZipEntry entry = new ZipEntry(root + "/" + e.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Every file of the bag, path → bytes, sorted. */
    public static SortedMap<String, byte[]> bag(Edition edition, SortedMap<String, byte[]> site) {
        SortedMap<String, byte[]> bag = new TreeMap<>();
        StringBuilder manifest = new StringBuilder();
        long octets = 0;
        for (Map.Entry<String, byte[]> e : site.entrySet()) {
            String path = "data/" + e.getKey();
            bag.put(path, e.getValue());
            manifest.append(sha256(e.getValue())).append("  ").append(encodePath(path)).append('\n');
            octets += e.getValue().length;
        }
        bag.put("bagit.txt", utf8("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
        bag.put("bag-info.txt", utf8(bagInfo(edition, octets, site.size())));
        bag.put("manifest-sha256.txt", utf8(manifest.toString()));
        bag.put("README.txt", utf8(readme(edition)));
        bag.put("index.html", utf8(indexPage(edition)));
        StringBuilder tags = new StringBuilder();
        for (String tag : new String[]{"README.txt", "bag-info.txt", "bagit.txt", "index.html", "manifest-sha256.txt"}) {
            tags.append(sha256(bag.get(tag))).append("  ").append(tag).append('\n');
        }
        bag.put("tagmanifest-sha256.txt", utf8(tags.toString()));
        return bag;
    }

    private static String bagInfo(Edition edition, long octets, int count) {
        StringBuilder s = new StringBuilder();
        baggingDate(edition).ifPresent(d -> s.append("Bagging-Date: ").append(d).append('\n'));
        s.append("Bag-Software-Agent: Stemma\n");
        s.append("External-Description: ").append(oneLine(title(edition))).append('\n');
        if (edition.version() != null) s.append("Stemma-Edition-Version: ").append(oneLine(edition.version())).append('\n');
        s.append("Stemma-Source-Count: ").append(edition.sources().size()).append('\n');
        s.append("Payload-Oxum: ").append(octets).append('.').append(count).append('\n');
        return s.toString();
    }

    /** The latest date among the witnesses' provenance (date or retrieved): a fact of the edition, not of the run. */
    static Optional<String> baggingDate(Edition edition) {
        return edition.works().stream().flatMap(w -> w.witnesses().stream())
                .flatMap(w -> w.provenance().entrySet().stream())
                .filter(e -> e.getKey().equals("date") || e.getKey().equals("retrieved"))
                .map(Map.Entry::getValue)
                .filter(v -> v.matches("\\d{4}-\\d{2}-\\d{2}"))
                .max(String::compareTo);
    }

    private static String readme(Edition edition) {
        long witnesses = edition.works().stream().mapToLong(w -> w.witnesses().size()).sum();
        return title(edition) + "\n\n"
                + "To read this edition, open data/index.html in a web browser (or index.html here).\n"
                + "It works offline, without a server.\n\n"
                + "data/ holds the whole website: " + edition.works().size() + " work(s), " + witnesses + " witnesses,\n"
                + "the sources verbatim under data/sources/raw/, edition.json, edition.tei.xml and data/downloads/.\n\n"
                + "This folder is a BagIt bag (RFC 8493): manifest-sha256.txt lists the SHA-256 of every file in data/.\n"
                + "Check it with: java -jar stemma.jar archive --verify <this zip>\n";
    }

    private static String indexPage(Edition edition) {
        String title = escape(title(edition));
        return "<!DOCTYPE html>\n<html lang=\"" + escape(edition.defaultLanguage()) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + title + "</title>\n</head>\n<body>\n<h1>" + title + "</h1>\n"
                + "<p><a href=\"data/index.html\">Open the edition</a></p>\n</body>\n</html>\n";
    }

    private static String title(Edition edition) {
        return Edition.localized(edition.title(), edition.defaultLanguage(), edition.defaultLanguage());
    }

    /** RFC 8493 §2.1.3: CR, LF and % in manifest paths are percent-encoded. */
    static String encodePath(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String decodePath(String path) {
        return path.replace("%0D", "\r").replace("%0d", "\r").replace("%0A", "\n").replace("%0a", "\n").replace("%25", "%");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
