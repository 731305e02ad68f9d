package studio.backprop.export;

import java.util.ArrayList;
import java.util.List;

import studio.backprop.layout.EdgeShape;
import studio.backprop.layout.Point;
import studio.backprop.presentation.PathSink;
import studio.backprop.presentation.PathWriter;

/** Edge routes in Graphviz's form: one piecewise cubic Bézier curve per edge. */
final class DotSpline {

    private DotSpline() {
    }

    /** The route as start, (control, control, end)*: straight segments become straight Bézier pieces. */
    static List<Point> bezier(List<Point> points, EdgeShape shape) {
        BezierPoints bezier = new BezierPoints();
        PathWriter.route(points, shape, bezier);
        return bezier.points;
    }

    /** Collects a path as Graphviz wants it: Bézier pieces only, a line being one with its controls on it. */
    private static final class BezierPoints implements PathSink {
        private final List<Point> points = new ArrayList<>();

        @Override
        public void moveTo(Point point) {
            points.add(point);
        }

        @Override
        public void lineTo(Point point) {
            Point from = points.get(points.size() - 1);
            points.add(between(from, point, 1.0 / 3));
            points.add(between(from, point, 2.0 / 3));
            points.add(point);
        }

        @Override
        public void curveTo(Point control1, Point control2, Point end) {
            points.add(control1);
            points.add(control2);
            points.add(end);
        }

        @Override
        public void close() {
            lineTo(points.get(0));
        }
    }

    /** The curve with its last point moved back along its last tangent, to leave room for the arrowhead. */
    static List<Point> stopShort(List<Point> bezier, double length) {
        List<Point> shortened = new ArrayList<>(bezier);
        Point end = bezier.get(bezier.size() - 1);
        Point before = bezier.get(bezier.size() - 2);
        double distance = Math.hypot(end.x() - before.x(), end.y() - before.y());
        if (distance == 0) return shortened;
        double t = Math.min(length, distance * 0.9) / distance;
        Point stop = between(end, before, t);
        shortened.set(shortened.size() - 1, stop);
        if (bezier.size() >= 4) {
            Point lastControl = bezier.get(bezier.size() - 2);
            if (Math.hypot(lastControl.x() - end.x(), lastControl.y() - end.y()) < length) {
                shortened.set(shortened.size() - 2, between(bezier.get(bezier.size() - 4), stop, 2.0 / 3));
            }
        }
        return shortened;
    }

    private static Point between(Point a, Point b, double t) {
        return new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
    }
}
