package org.stemma.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Precision and recall of (paragraph id, unit id) links, per witness and over all witnesses. */
final class LinkTally {
    private final Map<String, int[]> perWitness = new LinkedHashMap<>(); // tp, fp, fn
    private final List<String> mistakes = new ArrayList<>();

    /** @param expected paragraph id to the base ids it should cover, for every paragraph of the witness */
    void add(String witness, Map<String, List<String>> expected, List<ParagraphLink> actual) {
        Set<String> want = pairs(expected);
        Map<String, List<String>> got = new LinkedHashMap<>();
        actual.forEach(l -> got.put(l.paragraphId(), l.baseParagraphIds()));
        Set<String> have = pairs(got);
        int[] t = perWitness.computeIfAbsent(witness, w -> new int[3]);
        for (String p : have) {
            if (want.contains(p)) {
                t[0]++;
            } else {
                t[1]++;
                mistakes.add(witness + ": unexpected " + p);
            }
        }
        for (String p : want) {
            if (!have.contains(p)) {
                t[2]++;
                mistakes.add(witness + ": missing " + p);
            }
        }
    }

    double precision() {
        int[] t = total();
        return t[0] + t[1] == 0 ? 1.0 : (double) t[0] / (t[0] + t[1]);
    }

    double recall() {
        int[] t = total();
        return t[0] + t[2] == 0 ? 1.0 : (double) t[0] / (t[0] + t[2]);
    }

    String report(String title) {
        StringBuilder sb = new StringBuilder(title).append('\n');
        perWitness.forEach((w, t) -> sb.append(String.format("  %-28s P=%.3f R=%.3f (tp=%d fp=%d fn=%d)%n",
                w, ratio(t[0], t[1]), ratio(t[0], t[2]), t[0], t[1], t[2])));
        sb.append(String.format("  %-28s P=%.3f R=%.3f%n", "ALL", precision(), recall()));
        mistakes.forEach(m -> sb.append("    ").append(m).append('\n'));
        return sb.toString();
    }

    private int[] total() {
        int[] sum = new int[3];
        perWitness.values().forEach(t -> {
            for (int k = 0; k < 3; k++) {
                sum[k] += t[k];
            }
        });
        return sum;
    }

    private static double ratio(int tp, int other) {
        return tp + other == 0 ? 1.0 : (double) tp / (tp + other);
    }

    private static Set<String> pairs(Map<String, List<String>> links) {
        Set<String> out = new LinkedHashSet<>();
        links.forEach((p, units) -> units.forEach(u -> out.add(p + " -> " + u)));
        return out;
    }
}
