package org.stemma.align.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The dynamic programme. State (i, j) = the first i other paragraphs and the first j base paragraphs
 * have been accounted for. Moves from (i, j):
 * <ul>
 *   <li>skip other: paragraph i aligns to nothing (chrome, commentary, added text);</li>
 *   <li>skip base: base paragraph j is missing from the other witness;</li>
 *   <li>1:n bead: other i covers base j..j+n-1 (n = 1 is the ordinary case, large n a run-on);</li>
 *   <li>m:1 bead: other i..i+m-1 together cover base j (a split paragraph);</li>
 *   <li>truncated 1:1 bead: other i is the beginning of base j and the copy stops there; the base
 *   pointer jumps to the end, so afterwards only skips (or a restart) are possible;</li>
 *   <li>restart: go back to base 0 (the witness repeats the text), at a fixed penalty.</li>
 * </ul>
 * The end is free in the base (a copy may stop early). Rows are processed in order and each row keeps
 * only a beam of its best cells, so the cost is linear in the number of other paragraphs times the beam
 * width rather than quadratic; span sizes are bounded by length, not by a small constant.
 */
final class BeamAligner {
    static final double SKIP_OTHER = 1.0;
    static final double SKIP_BASE = 0.5;
    static final double RESTART = 6.0;
    /** Cells scoring this far below the best cell of their row are dropped. */
    static final double BEAM_MARGIN = 12.0;
    static final int BEAM_WIDTH = 48;
    static final int MAX_RUN_ON = 64;
    static final int MAX_SPLIT = 16;
    /** A span may keep growing while what it has already is no longer than this times the other side. */
    static final double SPAN_SLACK = 1.6;
    static final int SPAN_SLACK_CHARS = 60;

    private static final byte START = 0, BEAD = 1, SKIP_O = 2, SKIP_B = 3, RESTART_MOVE = 4, TRUNCATED = 5;

    /** A finished row: cells sorted by base position, with back pointers. */
    private record Row(int[] col, double[] score, int[] prevRow, int[] prevCol, byte[] move, double[] bead) {
        int find(int j) {
            return Arrays.binarySearch(col, j);
        }
    }

    /**
     * The cells offered to one row so far, indexed by base position (a map from position to cell,
     * without boxing or tree nodes). Reused for later rows: only the touched positions are cleared.
     */
    private static final class Pending {
        final boolean[] present;
        final double[] score;
        final int[] prevRow;
        final int[] prevCol;
        final byte[] move;
        final double[] bead;
        int[] touched = new int[16];
        int size;

        Pending(int columns) {
            present = new boolean[columns];
            score = new double[columns];
            prevRow = new int[columns];
            prevCol = new int[columns];
            move = new byte[columns];
            bead = new double[columns];
        }

        /** Strictly-better replacement only, so that ties keep the first move offered: deterministic. */
        void offer(int col, double s, int pRow, int pCol, byte m, double b) {
            if (!present[col]) {
                present[col] = true;
                if (size == touched.length) {
                    touched = Arrays.copyOf(touched, size * 2);
                }
                touched[size++] = col;
            } else if (!(s > score[col])) {
                return;
            }
            score[col] = s;
            prevRow[col] = pRow;
            prevCol[col] = pCol;
            move[col] = m;
            bead[col] = b;
        }

        void clear() {
            for (int k = 0; k < size; k++) {
                present[touched[k]] = false;
            }
            size = 0;
        }
    }

    /** Receives candidate beads {@code [i, oEnd) x [j, bEnd)} with their score. */
    private interface BeadSink {
        void accept(int oEnd, int bEnd, double score, boolean truncated);
    }

    private final BeadScorer scorer;
    private final FeatureTable f;
    private final int nO;
    private final int nB;
    /** Marks of the tokens of the other paragraph whose beads are being scored (see FeatureTable.accumulateMarked). */
    private final int[] marks;
    /** Pending rows i + 1 .. i + MAX_SPLIT while row i is expanded, in a ring. */
    private final Pending[] ring = new Pending[MAX_SPLIT + 1];

    BeamAligner(BeadScorer scorer) {
        this.scorer = scorer;
        this.f = scorer.features();
        this.nO = f.otherSize();
        this.nB = f.baseSize();
        this.marks = new int[f.weight.length];
    }

    List<Bead> align() {
        Row[] rows = new Row[nO + 1];
        pending(0).offer(0, 0, -1, -1, START, 0);
        for (int i = 0; i <= nO; i++) {
            Pending cells = pending(i);
            rows[i] = finishRow(i, cells);
            cells.clear();
            if (i < nO) {
                FeatureTable.mark(marks, f.otherTokens[i], true);
                expand(i, rows[i]);
                FeatureTable.mark(marks, f.otherTokens[i], false);
            }
        }
        return backtrack(rows);
    }

    private Pending pending(int row) {
        Pending p = ring[row % ring.length];
        if (p == null) {
            p = ring[row % ring.length] = new Pending(nB + 1);
        }
        return p;
    }

    /** Adds restart and base-skip moves inside the row, then prunes it to the beam. */
    private Row finishRow(int i, Pending cells) {
        int[] keys = Arrays.copyOf(cells.touched, cells.size);
        Arrays.sort(keys);
        int bestKey = keys[0];
        for (int k : keys) {
            if (cells.score[k] > cells.score[bestKey]) {
                bestKey = k;
            }
        }
        double top = cells.score[bestKey];
        if (bestKey > 0) {
            // Restarting abandons the rest of the base: charge it like missing paragraphs, within reason.
            double abandoned = Math.min(RESTART, SKIP_BASE * (nB - bestKey));
            boolean had = cells.present[0];
            cells.offer(0, top - RESTART - abandoned, i, bestKey, RESTART_MOVE, 0);
            if (!had) {
                int[] withZero = new int[keys.length + 1];
                System.arraycopy(keys, 0, withZero, 1, keys.length);
                keys = withZero;
            }
        }
        // Sweep left to right so that chains of missing base paragraphs accumulate their cost; a
        // position reached only by such a skip is visited right after the one it was reached from.
        int[] order = new int[keys.length + 16];
        int n = 0;
        int p = 0;
        for (int j = keys[0]; ; ) {
            if (n == order.length) {
                order = Arrays.copyOf(order, n * 2);
            }
            order[n++] = j;
            double s = cells.score[j] - SKIP_BASE;
            if (j < nB && s >= top - BEAM_MARGIN) {
                cells.offer(j + 1, s, i, j, SKIP_B, 0);
            }
            while (p < keys.length && keys[p] <= j) {
                p++;
            }
            if (j < nB && cells.present[j + 1]) {
                j = j + 1;
            } else if (p < keys.length) {
                j = keys[p];
            } else {
                break;
            }
        }
        int kept = 0;
        for (int k = 0; k < n; k++) {
            if (!(cells.score[order[k]] < top - BEAM_MARGIN)) {
                order[kept++] = order[k];
            }
        }
        if (kept > BEAM_WIDTH) {
            Integer[] byScore = new Integer[kept];
            for (int k = 0; k < kept; k++) {
                byScore[k] = order[k];
            }
            Arrays.sort(byScore, (a, b) -> cells.score[a] != cells.score[b]
                    ? Double.compare(cells.score[b], cells.score[a]) : Integer.compare(a, b));
            kept = BEAM_WIDTH;
            for (int k = 0; k < kept; k++) {
                order[k] = byScore[k];
            }
            Arrays.sort(order, 0, kept);
        }
        Row row = new Row(new int[kept], new double[kept], new int[kept], new int[kept], new byte[kept], new double[kept]);
        for (int c = 0; c < kept; c++) {
            int j = order[c];
            row.col[c] = j;
            row.score[c] = cells.score[j];
            row.prevRow[c] = cells.prevRow[j];
            row.prevCol[c] = cells.prevCol[j];
            row.move[c] = cells.move[j];
            row.bead[c] = cells.bead[j];
        }
        return row;
    }

    private void expand(int i, Row row) {
        for (int c = 0; c < row.col.length; c++) {
            int j = row.col[c];
            double here = row.score[c];
            pending(i + 1).offer(j, here - SKIP_OTHER, i, j, SKIP_O, -SKIP_OTHER);
            beads(i, j, (oEnd, bEnd, s, truncated) -> pending(oEnd).offer(truncated ? nB : bEnd, here + s, i, j,
                    truncated ? TRUNCATED : BEAD, s));
        }
    }

    /**
     * Every 1:n and m:1 bead starting at (i, j); span sizes are bounded by length, not by count.
     * The tokens of other paragraph i must be marked.
     */
    private void beads(int i, int j, BeadSink sink) {
        if (j == nB) {
            return;
        }
        double[] acc = new double[4];
        boolean[] seen = new boolean[f.otherTokens[i].length];
        long otherLen = scorer.otherLength(i, i + 1);
        for (int n = 1; n <= MAX_RUN_ON && j + n <= nB; n++) {
            if (n > 1 && scorer.ratio() * scorer.baseLength(j, j + n - 1) > SPAN_SLACK * otherLen + SPAN_SLACK_CHARS) {
                break;
            }
            f.accumulateMarked(marks, f.baseTokens[j + n - 1], seen, acc);
            sink.accept(i + 1, j + n, scorer.score(i, i + 1, j, j + n, acc[0], acc[1], acc[2], acc[3]), false);
            if (n == 1 && otherLen < scorer.ratio() * scorer.baseLength(j, j + 1)) {
                sink.accept(i + 1, j + 1, scorer.truncatedScore(i, acc[0], acc[2]), true);
            }
        }
        // For splits the single paragraph is the base one, so the roles in accumulate() swap.
        long baseLen = scorer.baseLength(j, j + 1);
        acc = new double[4];
        seen = new boolean[f.baseTokens[j].length];
        f.accumulate(f.baseTokens[j], f.otherTokens[i], seen, acc);
        for (int m = 2; m <= MAX_SPLIT && i + m <= nO; m++) {
            if (scorer.otherLength(i, i + m - 1) > scorer.ratio() * baseLen * SPAN_SLACK + SPAN_SLACK_CHARS) {
                break;
            }
            f.accumulate(f.baseTokens[j], f.otherTokens[i + m - 1], seen, acc);
            sink.accept(i + m, j + 1, scorer.score(i, i + m, j, j + 1, acc[1], acc[0], acc[3], acc[2]), false);
        }
    }

    private List<Bead> backtrack(Row[] rows) {
        Row last = rows[nO];
        int c = 0;
        for (int k = 1; k < last.col.length; k++) {
            if (last.score[k] > last.score[c]) {
                c = k;
            }
        }
        Deque<Bead> path = new ArrayDeque<>();
        int i = nO;
        Row row = last;
        while (row.move[c] != START) {
            int pi = row.prevRow[c];
            int pj = row.prevCol[c];
            byte move = row.move[c];
            if (move == BEAD || move == SKIP_O || move == TRUNCATED) {
                int bEnd = move == BEAD ? row.col[c] : move == TRUNCATED ? pj + 1 : pj;
                path.addFirst(new Bead(pi, i, pj, bEnd, row.bead[c], margin(pi, pj, i, bEnd, row.bead[c])));
            }
            i = pi;
            row = rows[pi];
            c = row.find(pj);
        }
        return new ArrayList<>(path);
    }

    /**
     * How much better the chosen bead is than the best other way of accounting for paragraph
     * {@code i} from the same position: another bead, or leaving it unaligned.
     */
    private double margin(int i, int j, int oEnd, int bEnd, double chosen) {
        double[] rival = {oEnd == i + 1 && bEnd == j ? Double.NEGATIVE_INFINITY : -SKIP_OTHER * (oEnd - i)};
        FeatureTable.mark(marks, f.otherTokens[i], true);
        beads(i, j, (o, b, s, truncated) -> {
            if (o != oEnd || b != bEnd) {
                rival[0] = Math.max(rival[0], s);
            }
        });
        FeatureTable.mark(marks, f.otherTokens[i], false);
        return rival[0] == Double.NEGATIVE_INFINITY ? SKIP_OTHER : chosen - rival[0];
    }
}
