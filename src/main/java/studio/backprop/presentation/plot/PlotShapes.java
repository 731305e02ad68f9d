package studio.backprop.presentation.plot;

import java.util.ArrayList;
import java.util.List;

import studio.backprop.layout.EdgeShape;
import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.Shape.Stroke;
import studio.backprop.presentation.BundledFont;
import studio.backprop.presentation.PlotStyle;
import studio.backprop.presentation.Shape;

/**
 * The few kinds of shape a plot is made of, in the exporters' vocabulary: lines, outlines, a dot,
 * text set left, right or centred (a {@link Shape.Text} is centred, so the others are placed by
 * the bundled font's widths), and a legend row.
 */
final class PlotShapes {

    /** One entry of a legend: a short line in the entry's stroke, then its words. */
    record Key(Stroke stroke, String words) {
    }

    private final List<Shape> shapes = new ArrayList<>();
    private final PlotStyle style;
    private final double size;

    PlotShapes(PlotStyle style, double size) {
        this.style = style;
        this.size = size;
    }

    List<Shape> shapes() {
        return shapes;
    }

    double size() {
        return size;
    }

    void line(List<Point> points, Stroke stroke) {
        if (points != null && points.size() >= 2) shapes.add(new Shape.Route(points, EdgeShape.ORTHOGONAL, stroke));
    }

    /** A rectangle's outline, as a closed line: a {@link Shape.Box} is always filled. */
    void outline(Rect r, Stroke stroke) {
        line(List.of(new Point(r.x(), r.y()), new Point(r.right(), r.y()), new Point(r.right(), r.bottom()),
                new Point(r.x(), r.bottom()), new Point(r.x(), r.y())), stroke);
    }

    void fill(List<Point> corners, String color) {
        shapes.add(new Shape.Arrowhead(corners, color));
    }

    void panel(Rect r, Stroke stroke) {
        shapes.add(new Shape.Box(r, 0, style.background(), stroke));
    }

    void dot(Point at, String color) {
        double r = size * 0.28;
        shapes.add(new Shape.Box(new Rect(at.x() - r, at.y() - r, 2 * r, 2 * r), r, color, Stroke.solid(color, 1)));
    }

    void centred(Point anchor, String text, String color) {
        shapes.add(new Shape.Text(anchor, shown(text), size, style.boldNumbers(), color));
    }

    void left(double x, double baseline, String text, String color) {
        centred(new Point(x + width(text) / 2, baseline), text, color);
    }

    void right(double x, double baseline, String text, String color) {
        centred(new Point(x - width(text) / 2, baseline), text, color);
    }

    double width(String text) {
        return BundledFont.of(style.boldNumbers()).width(shown(text), size);
    }

    /** A legend row from {@code x}; the keys' words shrink to fit {@code room} if they must. */
    void legend(double x, double baseline, double room, List<Key> keys) {
        double keyLength = 1.4 * size;
        double gap = 0.5 * size;
        double words = keys.stream().mapToDouble(key -> width(key.words())).sum();
        double needed = words + keys.size() * (keyLength + gap) + (keys.size() - 1) * size;
        double scale = needed > room && room > 0 ? Math.max(0.6, room / needed) : 1;
        PlotShapes row = new PlotShapes(style, size * scale);
        double at = x;
        double middle = baseline - 0.3 * size * scale;
        for (Key key : keys) {
            row.line(List.of(new Point(at, middle), new Point(at + keyLength * scale, middle)), key.stroke());
            at += (keyLength + gap) * scale;
            row.left(at, baseline, key.words(), style.text());
            at += row.width(key.words()) + size * scale;
        }
        shapes.addAll(row.shapes);
    }

    private static String shown(String text) {
        return BundledFont.of(false).displayable(text);
    }
}
