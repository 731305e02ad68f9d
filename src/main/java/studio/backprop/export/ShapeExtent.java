package studio.backprop.export;

import java.util.List;

import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.BundledFont;
import studio.backprop.presentation.Shape;

/**
 * The rectangle a shape may paint into, in drawing pixels, generously: strokes, antialiasing and
 * text with its accents and descenders all fall inside. {@link TiledPng} paints a tile with the
 * shapes whose extent meets it, so an extent that is too small would leave pixels out.
 *
 * @param left   the smallest x
 * @param top    the smallest y
 * @param right  the largest x
 * @param bottom the largest y
 */
record ShapeExtent(double left, double top, double right, double bottom) {

    private static final Shape.Visitor<ShapeExtent> OF = new Shape.Visitor<>() {
        @Override
        public ShapeExtent route(Shape.Route route) {
            return around(route.points(), route.stroke().width() + 2);
        }

        @Override
        public ShapeExtent arrowhead(Shape.Arrowhead arrowhead) {
            return around(arrowhead.corners(), 2);
        }

        @Override
        public ShapeExtent box(Shape.Box box) {
            double margin = box.stroke().width() + 2;
            var r = box.bounds();
            return new ShapeExtent(r.x() - margin, r.y() - margin, r.x() + r.width() + margin, r.y() + r.height() + margin);
        }

        @Override
        public ShapeExtent text(Shape.Text text) {
            // DejaVu's accents reach about 1.2 em above the baseline and its descenders 0.24 em below.
            double half = BundledFont.of(text.bold()).width(text.text(), text.size()) / 2 + text.size() + 2;
            double y = text.anchor().y();
            return new ShapeExtent(text.anchor().x() - half, y - 1.5 * text.size() - 2, text.anchor().x() + half,
                    y + 0.6 * text.size() + 2);
        }
    };

    static ShapeExtent of(Shape shape) {
        return shape.accept(OF);
    }

    /** A spline's curve stays inside its control points, so their extent holds for both kinds of route. */
    private static ShapeExtent around(List<Point> points, double margin) {
        Rect r = Rect.around(points);
        return new ShapeExtent(r.x() - margin, r.y() - margin, r.right() + margin, r.bottom() + margin);
    }
}
