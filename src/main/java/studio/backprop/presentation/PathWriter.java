package studio.backprop.presentation;

import java.util.List;

import studio.backprop.layout.EdgeShape;
import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;

/**
 * Walks the outlines of a picture into a {@link PathSink}: the one place that knows how a route's
 * points are read (corners, or Bézier start and triples) and how a rounded corner is drawn, for
 * the screen and every exporter alike.
 */
public final class PathWriter {

    /** Bézier handle length for a quarter circle of radius 1. */
    private static final double KAPPA = 0.5522847498;

    private PathWriter() {
    }

    /**
     * Whether a route's points are to be read as start, (control, control, end)*: a spline with
     * 1 + 3k points. Anything else is drawn through its points with straight lines.
     */
    public static boolean curved(List<Point> points, EdgeShape shape) {
        return shape == EdgeShape.SPLINE && (points.size() - 1) % 3 == 0;
    }

    public static void route(Shape.Route route, PathSink sink) {
        route(route.points(), route.shape(), sink);
    }

    /** An edge's route, open: corners joined by lines, or a chain of Bézier curves. */
    public static void route(List<Point> points, EdgeShape shape, PathSink sink) {
        sink.moveTo(points.get(0));
        if (curved(points, shape)) {
            for (int i = 1; i + 2 < points.size(); i += 3) {
                sink.curveTo(points.get(i), points.get(i + 1), points.get(i + 2));
            }
        } else {
            for (int i = 1; i < points.size(); i++) {
                sink.lineTo(points.get(i));
            }
        }
    }

    /** A closed polygon through its corners, such as an arrowhead. */
    public static void polygon(List<Point> corners, PathSink sink) {
        sink.moveTo(corners.get(0));
        for (int i = 1; i < corners.size(); i++) {
            sink.lineTo(corners.get(i));
        }
        sink.close();
    }

    /** A rectangle with quarter-circle corners, clockwise from the top edge, for formats without one. */
    public static void roundedRectangle(Rect r, double radius, PathSink sink) {
        double k = KAPPA * radius;
        double x = r.x();
        double y = r.y();
        double right = r.right();
        double bottom = r.bottom();
        sink.moveTo(new Point(x + radius, y));
        sink.lineTo(new Point(right - radius, y));
        sink.curveTo(new Point(right - radius + k, y), new Point(right, y + radius - k), new Point(right, y + radius));
        sink.lineTo(new Point(right, bottom - radius));
        sink.curveTo(new Point(right, bottom - radius + k), new Point(right - radius + k, bottom), new Point(right - radius, bottom));
        sink.lineTo(new Point(x + radius, bottom));
        sink.curveTo(new Point(x + radius - k, bottom), new Point(x, bottom - radius + k), new Point(x, bottom - radius));
        sink.lineTo(new Point(x, y + radius));
        sink.curveTo(new Point(x, y + radius - k), new Point(x + radius - k, y), new Point(x + radius, y));
        sink.close();
    }
}
