package studio.backprop.presentation.plot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import studio.backprop.layout.Point;
import studio.backprop.training.ScoreGrid;

/**
 * Where z = 0 on a grid of z, by marching squares: the two sides (z > 0, and z ≤ 0) as rows of
 * whole cells and, in the cells the boundary crosses, polygons; and the boundary itself as lines
 * through the crossings. A crossing is placed along its cell edge by linear interpolation of z,
 * which is exact when z is linear, as it is for logistic regression (z = w₁x₁ + w₂x₂ + b): the
 * drawn boundary then lies exactly on the line z = 0. Cells with a corner that is not a number
 * belong to neither side. Points are in the data's coordinates (x₁, x₂).
 *
 * @param runs     whole cells side by side in a row of the grid, each as its corners
 *                 {x₁ from, x₁ to, x₂ from, x₂ to}, with their side
 * @param polygons the parts of crossed cells, each with its side
 * @param lines    the boundary, as connected lines
 */
record ZeroContour(List<Run> runs, List<Piece> polygons, List<List<Point>> lines) {

    /** Whole cells from {@code x1From} to {@code x1To} in one row of the grid. */
    record Run(double x1From, double x1To, double x2From, double x2To, boolean positive) {
    }

    /** Part of a cell on one side of the boundary. */
    record Piece(List<Point> corners, boolean positive) {
    }

    static ZeroContour of(ScoreGrid grid) {
        Marcher marcher = new Marcher(grid);
        marcher.march();
        return new ZeroContour(marcher.runs, marcher.pieces, Chains.of(marcher.segments, marcher::crossing));
    }

    /** The walk over the cells, row by row. */
    private static final class Marcher {
        private final ScoreGrid grid;
        private final int n;
        final List<Run> runs = new ArrayList<>();
        final List<Piece> pieces = new ArrayList<>();
        /** Boundary segments, each as the keys of the two grid edges it joins. */
        final List<long[]> segments = new ArrayList<>();

        Marcher(ScoreGrid grid) {
            this.grid = grid;
            this.n = grid.points();
        }

        void march() {
            for (int i = 0; i + 1 < n; i++) {
                int runStart = -1;
                Boolean runSide = null;
                for (int j = 0; j + 1 < n; j++) {
                    Boolean whole = cell(i, j);
                    if (runSide != null && !runSide.equals(whole)) {
                        runs.add(new Run(grid.x1(runStart), grid.x1(j), grid.x2(i), grid.x2(i + 1), runSide));
                        runSide = null;
                    }
                    if (whole != null && runSide == null) {
                        runStart = j;
                        runSide = whole;
                    }
                }
                if (runSide != null) runs.add(new Run(grid.x1(runStart), grid.x1(n - 1), grid.x2(i), grid.x2(i + 1), runSide));
            }
        }

        /** The side of a cell that lies wholly on one, or null after adding the pieces of a crossed cell. */
        private Boolean cell(int i, int j) {
            double[] z = {grid.z(i, j), grid.z(i, j + 1), grid.z(i + 1, j + 1), grid.z(i + 1, j)};
            for (double value : z) if (Double.isNaN(value)) return null;
            long[] edges = {horizontal(i, j), vertical(i, j + 1), horizontal(i + 1, j), vertical(i, j)};
            Point[] corners = {point(i, j), point(i, j + 1), point(i + 1, j + 1), point(i + 1, j)};
            int changes = 0;
            for (int k = 0; k < 4; k++) if (z[k] > 0 != z[(k + 1) % 4] > 0) changes++;
            if (changes == 0) return z[0] > 0;
            if (changes == 2) {
                pieces.add(new Piece(walk(z, corners, edges, true), true));
                pieces.add(new Piece(walk(z, corners, edges, false), false));
                List<Long> crossed = new ArrayList<>();
                for (int k = 0; k < 4; k++) if (z[k] > 0 != z[(k + 1) % 4] > 0) crossed.add(edges[k]);
                segments.add(new long[] {crossed.get(0), crossed.get(1)});
                return null;
            }
            // A saddle: the sign of the middle says which two opposite corners the region joins.
            boolean joined = (z[0] + z[1] + z[2] + z[3]) / 4 > 0;
            pieces.add(new Piece(walk(z, corners, edges, joined), joined));
            for (int k = 0; k < 4; k++) {
                if (z[k] > 0 == joined) continue;
                long before = edges[(k + 3) % 4];
                long after = edges[k];
                pieces.add(new Piece(List.of(crossing(before), corners[k], crossing(after)), !joined));
                segments.add(new long[] {before, after});
            }
            return null;
        }

        /** The cell's corners on {@code side} and the crossings between, in order round the cell. */
        private List<Point> walk(double[] z, Point[] corners, long[] edges, boolean side) {
            List<Point> polygon = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                if (z[k] > 0 == side) polygon.add(corners[k]);
                if (z[k] > 0 != z[(k + 1) % 4] > 0) polygon.add(crossing(edges[k]));
            }
            return polygon;
        }

        private Point point(int i, int j) {
            return new Point(grid.x1(j), grid.x2(i));
        }

        /** The edge from (i, j) to (i, j + 1). */
        private long horizontal(int i, int j) {
            return 2L * ((long) i * n + j);
        }

        /** The edge from (i, j) to (i + 1, j). */
        private long vertical(int i, int j) {
            return 2L * ((long) i * n + j) + 1;
        }

        /** Where z = 0 on a grid edge, worked out from its lower end, so both cells beside it get the same point. */
        Point crossing(long edge) {
            int cell = (int) (edge / 2);
            int i = cell / n;
            int j = cell % n;
            boolean across = edge % 2 == 0;
            int i2 = across ? i : i + 1;
            int j2 = across ? j + 1 : j;
            double za = grid.z(i, j);
            double zb = grid.z(i2, j2);
            double t = za / (za - zb);
            Point a = point(i, j);
            Point b = point(i2, j2);
            return new Point(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()));
        }
    }

    /** Joins segments that share a grid edge into lines, open ends first. */
    private static final class Chains {
        static List<List<Point>> of(List<long[]> segments, java.util.function.LongFunction<Point> crossing) {
            Map<Long, List<Integer>> byEdge = new HashMap<>();
            for (int s = 0; s < segments.size(); s++) {
                for (long edge : segments.get(s)) byEdge.computeIfAbsent(edge, key -> new ArrayList<>()).add(s);
            }
            boolean[] used = new boolean[segments.size()];
            List<List<Point>> lines = new ArrayList<>();
            for (int pass = 0; pass < 2; pass++) {
                for (int s = 0; s < segments.size(); s++) {
                    if (used[s]) continue;
                    long[] segment = segments.get(s);
                    // First pass: only lines that start at an open end (the grid's border); then the closed loops.
                    long start = byEdge.get(segment[0]).size() == 1 ? segment[0] : segment[1];
                    if (pass == 0 && byEdge.get(start).size() != 1) continue;
                    lines.add(follow(s, start, segments, byEdge, used, crossing));
                }
            }
            return lines;
        }

        private static List<Point> follow(int first, long start, List<long[]> segments, Map<Long, List<Integer>> byEdge,
                                          boolean[] used, java.util.function.LongFunction<Point> crossing) {
            List<Point> line = new ArrayList<>();
            line.add(crossing.apply(start));
            long at = start;
            int s = first;
            while (s >= 0 && !used[s]) {
                used[s] = true;
                long[] segment = segments.get(s);
                at = segment[0] == at ? segment[1] : segment[0];
                line.add(crossing.apply(at));
                s = -1;
                for (int next : byEdge.get(at)) if (!used[next]) s = next;
            }
            return line;
        }
    }
}
