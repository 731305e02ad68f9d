package studio.backprop.export;

import java.util.List;

import studio.backprop.layout.Point;
import studio.backprop.presentation.Shape;

/**
 * How far up and down a shape may paint, in drawing pixels, generously: strokes, antialiasing and
 * text with its accents and descenders all fall inside. {@link BandedPng} paints a band with the
 * shapes whose extent meets it, so an extent that is too small would leave pixels out.
 */
final class ShapeExtent {

    /** {top, bottom} of each shape. */
    static final Shape.Visitor<double[]> VERTICAL = new Shape.Visitor<>() {
        @Override
        public double[] route(Shape.Route route) {
            return around(route.points(), route.stroke().width() + 2);
        }

        @Override
        public double[] arrowhead(Shape.Arrowhead arrowhead) {
            return around(arrowhead.corners(), 2);
        }

        @Override
        public double[] box(Shape.Box box) {
            double margin = box.stroke().width() + 2;
            return new double[] {box.bounds().y() - margin, box.bounds().y() + box.bounds().height() + margin};
        }

        @Override
        public double[] text(Shape.Text text) {
            // DejaVu's accents reach about 1.2 em above the baseline and its descenders 0.24 em below.
            return new double[] {text.anchor().y() - 1.5 * text.size() - 2, text.anchor().y() + 0.6 * text.size() + 2};
        }
    };

    private ShapeExtent() {
    }

    /** A spline's curve stays inside its control points, so their extent holds for both kinds of route. */
    private static double[] around(List<Point> points, double margin) {
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (Point point : points) {
            top = Math.min(top, point.y());
            bottom = Math.max(bottom, point.y());
        }
        return new double[] {top - margin, bottom + margin};
    }
}
