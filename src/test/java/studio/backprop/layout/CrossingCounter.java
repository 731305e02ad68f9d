package studio.backprop.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts edge crossings in a drawing by segment intersection. Spline edges are flattened into
 * short segments first. Only proper crossings count: segments that touch at an end, or run along
 * each other, do not, so edges leaving the same port together are not counted as crossing.
 */
final class CrossingCounter {

    private static final int SPLINE_STEPS = 12;

    private CrossingCounter() {
    }

    static int count(Drawing drawing) {
        List<List<Point>> lines = new ArrayList<>();
        for (EdgePath path : drawing.paths()) {
            lines.add(drawing.edgeShape() == EdgeShape.SPLINE ? flatten(path.points()) : path.points());
        }
        return count(lines);
    }

    /** Crossings between polylines, such as edges drawn by another program. */
    static int count(List<List<Point>> lines) {
        int crossings = 0;
        for (int a = 0; a < lines.size(); a++) {
            for (int b = a + 1; b < lines.size(); b++) {
                crossings += crossings(lines.get(a), lines.get(b));
            }
        }
        return crossings;
    }

    private static int crossings(List<Point> first, List<Point> second) {
        int count = 0;
        for (int i = 0; i + 1 < first.size(); i++) {
            for (int j = 0; j + 1 < second.size(); j++) {
                if (cross(first.get(i), first.get(i + 1), second.get(j), second.get(j + 1))) count++;
            }
        }
        return count;
    }

    /** Whether segments pq and rs cross at a point inside both. */
    static boolean cross(Point p, Point q, Point r, Point s) {
        return side(p, q, r) * side(p, q, s) < 0 && side(r, s, p) * side(r, s, q) < 0;
    }

    private static int side(Point a, Point b, Point c) {
        double cross = (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
        return Math.abs(cross) < 1e-6 ? 0 : cross > 0 ? 1 : -1;
    }

    /** Samples each cubic piece (start, two control points, end) into straight segments. */
    static List<Point> flatten(List<Point> controls) {
        List<Point> points = new ArrayList<>();
        points.add(controls.get(0));
        for (int i = 0; i + 3 < controls.size(); i += 3) {
            Point p0 = controls.get(i), p1 = controls.get(i + 1), p2 = controls.get(i + 2), p3 = controls.get(i + 3);
            for (int step = 1; step <= SPLINE_STEPS; step++) {
                double t = step / (double) SPLINE_STEPS, u = 1 - t;
                double x = u * u * u * p0.x() + 3 * u * u * t * p1.x() + 3 * u * t * t * p2.x() + t * t * t * p3.x();
                double y = u * u * u * p0.y() + 3 * u * u * t * p1.y() + 3 * u * t * t * p2.y() + t * t * t * p3.y();
                points.add(new Point(x, y));
            }
        }
        return points;
    }
}
