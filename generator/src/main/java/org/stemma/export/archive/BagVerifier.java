package org.stemma.export.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Checks a bag (a ZIP or an unpacked folder) against its manifests: every file present, unaltered, none extra. */
public final class BagVerifier {
    private BagVerifier() {
    }

    /** The problems found, one line each ("missing: data/x"); empty when the bag is valid. */
    public static List<String> verify(Path file) throws IOException {
        return verify(Files.isDirectory(file) ? readFolder(file) : readZip(file));
    }

    public static List<String> verify(SortedMap<String, byte[]> entries) {
        SortedMap<String, byte[]> bag = stripRoot(entries);
        List<String> problems = new ArrayList<>();
        if (!bag.containsKey("bagit.txt")) {
            problems.add("missing: bagit.txt (not a BagIt bag)");
            return problems;
        }
        byte[] manifest = bag.get("manifest-sha256.txt");
        if (manifest == null) {
            problems.add("missing: manifest-sha256.txt");
            return problems;
        }
        Map<String, String> payload = check(bag, manifest, "manifest-sha256.txt", problems);
        for (String path : bag.keySet()) {
            if (path.startsWith("data/") && !payload.containsKey(path)) problems.add("extra: " + path + " (not in the manifest)");
        }
        byte[] tags = bag.get("tagmanifest-sha256.txt");
        if (tags == null) problems.add("missing: tagmanifest-sha256.txt");
        else check(bag, tags, "tagmanifest-sha256.txt", problems);
        oxum(bag, payload, problems);
        return problems;
    }

    /** Compares each listed file's SHA-256; returns path → listed hash. */
    private static Map<String, String> check(SortedMap<String, byte[]> bag, byte[] manifest, String name, List<String> problems) {
        Map<String, String> listed = new TreeMap<>();
        int n = 0;
        for (String line : new String(manifest, StandardCharsets.UTF_8).split("\n", -1)) {
            n++;
            if (line.isEmpty()) continue;
            String[] parts = line.split("\\s+", 2);
            if (parts.length < 2) {
                problems.add(name + ":" + n + ": not 'hash path'");
                continue;
            }
            String path = BagArchive.decodePath(parts[1]);
            listed.put(path, parts[0]);
            byte[] content = bag.get(path);
            if (content == null) problems.add("missing: " + path);
            else if (!BagArchive.sha256(content).equalsIgnoreCase(parts[0])) problems.add("altered: " + path + " (SHA-256 differs)");
        }
        return listed;
    }

    private static void oxum(SortedMap<String, byte[]> bag, Map<String, String> payload, List<String> problems) {
        byte[] info = bag.get("bag-info.txt");
        if (info == null) return;
        for (String line : new String(info, StandardCharsets.UTF_8).split("\n")) {
            if (!line.startsWith("Payload-Oxum:")) continue;
            long octets = 0;
            long count = 0;
            for (Map.Entry<String, byte[]> e : bag.entrySet()) {
                if (e.getKey().startsWith("data/")) {
                    octets += e.getValue().length;
                    count++;
                }
            }
            String actual = octets + "." + count;
            if (!line.substring("Payload-Oxum:".length()).strip().equals(actual)) {
                problems.add("bag-info.txt: Payload-Oxum is " + line.substring(13).strip() + " but data/ holds " + actual);
            }
        }
    }

    /** A bag zipped as one folder is checked from inside that folder. */
    static SortedMap<String, byte[]> stripRoot(SortedMap<String, byte[]> entries) {
        if (entries.containsKey("bagit.txt") || entries.isEmpty()) return entries;
        String first = entries.firstKey();
        int slash = first.indexOf('/');
        if (slash < 0) return entries;
        String prefix = first.substring(0, slash + 1);
        if (!entries.keySet().stream().allMatch(k -> k.startsWith(prefix))) return entries;
        SortedMap<String, byte[]> inner = new TreeMap<>();
        entries.forEach((k, v) -> inner.put(k.substring(prefix.length()), v));
        return inner;
    }

    static SortedMap<String, byte[]> readZip(Path file) throws IOException {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (e.isDirectory()) continue;
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    static SortedMap<String, byte[]> readFolder(Path dir) throws IOException {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                entries.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return entries;
    }
}
