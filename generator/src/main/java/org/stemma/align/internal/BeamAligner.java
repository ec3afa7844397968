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

    private static final byte START = 0, BEAD = 1, SKIP_O = 2, SKIP_B = 3, RESTART_MOVE = 4;

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

    /** Per other paragraph: the best path values through beads or a skip starting there, for margins. */
    private static final class Rivals {
        double bestBead = Double.NEGATIVE_INFINITY;
        long bestSpan = -1;
        double secondBead = Double.NEGATIVE_INFINITY;
        double skip = Double.NEGATIVE_INFINITY;

        void bead(double value, long span) {
            if (span == bestSpan) {
                bestBead = Math.max(bestBead, value);
            } else if (value > bestBead) {
                secondBead = bestBead;
                bestBead = value;
                bestSpan = span;
            } else {
                secondBead = Math.max(secondBead, value);
            }
        }

        /** Best value of any choice other than the bead with this span (or than skipping, if span < 0). */
        double against(long span) {
            double rivalBead = span < 0 ? bestBead : (span == bestSpan ? secondBead : bestBead);
            return span < 0 ? rivalBead : Math.max(rivalBead, skip);
        }
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
        Rivals[] rivals = new Rivals[nO];
        @SuppressWarnings("unchecked")
        TreeMap<Integer, Cell>[] pending = new TreeMap[nO + 1];
        pending[0] = new TreeMap<>();
        pending[0].put(0, new Cell(0, -1, -1, START, 0));
        for (int i = 0; i <= nO; i++) {
            TreeMap<Integer, Cell> cells = pending[i];
            pending[i] = null;
            rows[i] = finishRow(i, cells);
            if (i < nO) {
                rivals[i] = new Rivals();
                expand(i, rows[i], pending, rivals[i]);
            }
        }
        return backtrack(rows, rivals);
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
            offer(cells, 0, top - RESTART, i, best.getKey(), RESTART_MOVE, 0);
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

    private void expand(int i, Row row, TreeMap<Integer, Cell>[] pending, Rivals rivals) {
        for (int c = 0; c < row.col.length; c++) {
            int j = row.col[c];
            double here = row.score[c];
            push(pending, i + 1, j, here - SKIP_OTHER, i, j, SKIP_O, -SKIP_OTHER);
            rivals.skip = Math.max(rivals.skip, here - SKIP_OTHER);
            if (j == nB) {
                continue;
            }
            long otherLen = scorer.otherLength(i, i + 1);
            double overlap = 0;
            for (int n = 1; n <= MAX_RUN_ON && j + n <= nB; n++) {
                if (n > 1 && scorer.ratio() * scorer.baseLength(j, j + n - 1) > SPAN_SLACK * otherLen + SPAN_SLACK_CHARS) {
                    break;
                }
                overlap += f.overlap(i, j + n - 1);
                double s = scorer.score(i, i + 1, j, j + n, overlap);
                push(pending, i + 1, j + n, here + s, i, j, BEAD, s);
                rivals.bead(here + s, span(1, j, j + n));
            }
            long baseLen = scorer.baseLength(j, j + 1);
            overlap = f.overlap(i, j);
            for (int m = 2; m <= MAX_SPLIT && i + m <= nO; m++) {
                if (scorer.otherLength(i, i + m - 1) > scorer.ratio() * baseLen * SPAN_SLACK + SPAN_SLACK_CHARS) {
                    break;
                }
                overlap += f.overlap(i + m - 1, j);
                double s = scorer.score(i, i + m, j, j + 1, overlap);
                push(pending, i + m, j + 1, here + s, i, j, BEAD, s);
                rivals.bead(here + s, span(m, j, j + 1));
            }
        }
    }

    private static long span(int m, int bStart, int bEnd) {
        return ((long) m << 42) | ((long) bStart << 21) | bEnd;
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

    private List<Bead> backtrack(Row[] rows, Rivals[] rivals) {
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
            int j = row.col[c];
            byte move = row.move[c];
            if (move == BEAD || move == SKIP_O) {
                boolean skip = move == SKIP_O;
                long key = skip ? -1 : span(i - pi, pj, j);
                double value = rows[pi].score[rows[pi].find(pj)] + row.bead[c];
                double margin = value - rivals[pi].against(key);
                path.addFirst(new Bead(pi, i, pj, skip ? pj : j, row.bead[c], margin));
            }
            i = pi;
            row = rows[pi];
            c = row.find(pj);
        }
        return new ArrayList<>(path);
    }
}
