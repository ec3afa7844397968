package org.stemma.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same edition gives byte-identical files whatever the machine's time zone and locale. */
class DeterministicOutputTest {
    @TempDir
    Path tmp;

    @Test
    void twoBuildsInDifferentZonesAndLocalesAreByteIdentical() throws IOException {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            Map<String, String> first = snapshot(SeedSite.build(tmp.resolve("a")));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            Map<String, String> second = snapshot(SeedSite.build(tmp.resolve("b")));
            assertEquals(first, second);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    private static Map<String, String> snapshot(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(p).toString(), org.stemma.source.SourceLoader.sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }
}
