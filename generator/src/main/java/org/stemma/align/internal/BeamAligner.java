package org.stemma.align.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    private static final class Cell {
        double score;
        int prevRow;
        int prevCol;
        byte move;
        double bead;

        Cell(double score, int prevRow, int prevCol, byte move, double bead) {
            set(score, prevRow, prevCol, move, bead);
        }

        void set(double score, int prevRow, int prevCol, byte move, double bead) {
            this.score = score;
            this.prevRow = prevRow;
            this.prevCol = prevCol;
            this.move = move;
            this.bead = bead;
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

    BeamAligner(BeadScorer scorer) {
        this.scorer = scorer;
        this.f = scorer.features();
        this.nO = f.otherSize();
        this.nB = f.baseSize();
    }

    List<Bead> align() {
        Row[] rows = new Row[nO + 1];
        @SuppressWarnings("unchecked")
        TreeMap<Integer, Cell>[] pending = new TreeMap[nO + 1];
        pending[0] = new TreeMap<>();
        pending[0].put(0, new Cell(0, -1, -1, START, 0));
        for (int i = 0; i <= nO; i++) {
            TreeMap<Integer, Cell> cells = pending[i];
            pending[i] = null;
            rows[i] = finishRow(i, cells);
            if (i < nO) {
                expand(i, rows[i], pending);
            }
        }
        return backtrack(rows);
    }

    /** Adds restart and base-skip moves inside the row, then prunes it to the beam. */
    private Row finishRow(int i, TreeMap<Integer, Cell> cells) {
        Map.Entry<Integer, Cell> best = null;
        for (Map.Entry<Integer, Cell> e : cells.entrySet()) {
            if (best == null || e.getValue().score > best.getValue().score) {
                best = e;
            }
        }
        double top = best.getValue().score;
        if (best.getKey() > 0) {
            // Restarting abandons the rest of the base: charge it like missing paragraphs, within reason.
            double abandoned = Math.min(RESTART, SKIP_BASE * (nB - best.getKey()));
            offer(cells, 0, top - RESTART - abandoned, i, best.getKey(), RESTART_MOVE, 0);
        }
        // Sweep left to right so that chains of missing base paragraphs accumulate their cost.
        for (Integer j = cells.firstKey(); j != null; j = cells.higherKey(j)) {
            double s = cells.get(j).score - SKIP_BASE;
            if (j < nB && s >= top - BEAM_MARGIN) {
                offer(cells, j + 1, s, i, j, SKIP_B, 0);
            }
        }
        List<Map.Entry<Integer, Cell>> kept = new ArrayList<>(cells.entrySet());
        kept.removeIf(e -> e.getValue().score < top - BEAM_MARGIN);
        if (kept.size() > BEAM_WIDTH) {
            kept.sort((a, b) -> a.getValue().score != b.getValue().score
                    ? Double.compare(b.getValue().score, a.getValue().score) : Integer.compare(a.getKey(), b.getKey()));
            kept = new ArrayList<>(kept.subList(0, BEAM_WIDTH));
            kept.sort(Map.Entry.comparingByKey());
        }
        int n = kept.size();
        Row row = new Row(new int[n], new double[n], new int[n], new int[n], new byte[n], new double[n]);
        for (int c = 0; c < n; c++) {
            Cell cell = kept.get(c).getValue();
            row.col[c] = kept.get(c).getKey();
            row.score[c] = cell.score;
            row.prevRow[c] = cell.prevRow;
            row.prevCol[c] = cell.prevCol;
            row.move[c] = cell.move;
            row.bead[c] = cell.bead;
        }
        return row;
    }

    private void expand(int i, Row row, TreeMap<Integer, Cell>[] pending) {
        for (int c = 0; c < row.col.length; c++) {
            int j = row.col[c];
            double here = row.score[c];
            push(pending, i + 1, j, here - SKIP_OTHER, i, j, SKIP_O, -SKIP_OTHER);
            beads(i, j, (oEnd, bEnd, s, truncated) -> push(pending, oEnd, truncated ? nB : bEnd, here + s, i, j,
                    truncated ? TRUNCATED : BEAD, s));
        }
    }

    /** Every 1:n and m:1 bead starting at (i, j); span sizes are bounded by length, not by count. */
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
            f.accumulate(f.otherTokens[i], f.baseTokens[j + n - 1], seen, acc);
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

    private static void push(TreeMap<Integer, Cell>[] pending, int row, int col, double score,
                             int prevRow, int prevCol, byte move, double bead) {
        if (pending[row] == null) {
            pending[row] = new TreeMap<>();
        }
        offer(pending[row], col, score, prevRow, prevCol, move, bead);
    }

    /** Strictly-better replacement only, so that ties keep the first move offered: deterministic. */
    private static void offer(TreeMap<Integer, Cell> cells, int col, double score,
                              int prevRow, int prevCol, byte move, double bead) {
        Cell old = cells.get(col);
        if (old == null) {
            cells.put(col, new Cell(score, prevRow, prevCol, move, bead));
        } else if (score > old.score) {
            old.set(score, prevRow, prevCol, move, bead);
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
        beads(i, j, (o, b, s, truncated) -> {
            if (o != oEnd || b != bEnd) {
                rival[0] = Math.max(rival[0], s);
            }
        });
        return rival[0] == Double.NEGATIVE_INFINITY ? SKIP_OTHER : chosen - rival[0];
    }
}
