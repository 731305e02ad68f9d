package studio.backprop.presentation.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import studio.backprop.layout.EdgeShape;
import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.BundledFont;
import studio.backprop.presentation.GraphStyle.Line;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.PlotStyle;
import studio.backprop.presentation.Shape;

/**
 * A plot's shapes as they are made, grouped in named parts painted in one fixed order (the frame
 * under the data, the data under the labels), then handed over as one {@link Picture}: lines,
 * outlines, fills, dots, a legend row, and texts placed by their left or right end or their
 * middle. The picture's texts are centred, so the width is measured with the bundled font every
 * format uses.
 */
final class PlotParts {

    /** One entry of a legend: a short line in the entry's stroke, then its words. */
    record Key(Shape.Stroke stroke, String words) {
    }

    private final PlotStyle style;
    private final double width;
    private final double height;
    /** Paint order: each part covers the ones before it. */
    static final List<String> ORDER = List.of("frame", "shading", "grid", "border", "curves", "boundary", "rings",
            "points", "ticks", "labels", "title", "legend", "note");

    private final Map<String, List<Shape>> parts = new LinkedHashMap<>();

    PlotParts(PlotStyle style, double width, double height) {
        this.style = style;
        this.width = width;
        this.height = height;
        ORDER.forEach(name -> parts.put(name, new ArrayList<>()));
    }

    PlotStyle style() {
        return style;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    void add(String part, Shape shape) {
        List<Shape> shapes = parts.get(part);
        if (shapes == null) throw new IllegalArgumentException("no part " + part + " in " + ORDER);
        shapes.add(shape);
    }

    /** A line through the points, straight from one to the next; none for null (a line clipped away). */
    void line(String part, List<Point> points, Shape.Stroke stroke) {
        if (points != null && points.size() >= 2) add(part, new Shape.Route(points, EdgeShape.ORTHOGONAL, stroke));
    }

    /** A rectangle's outline, as a closed line: a {@link Shape.Box} is always filled. */
    void outline(String part, Rect r, Shape.Stroke stroke) {
        line(part, List.of(new Point(r.x(), r.y()), new Point(r.right(), r.y()), new Point(r.right(), r.bottom()),
                new Point(r.x(), r.bottom()), new Point(r.x(), r.y())), stroke);
    }

    /** A rectangle in the background's colour with a border: a plot's panel. */
    void panel(String part, Rect r, Shape.Stroke stroke) {
        add(part, new Shape.Box(r, 0, style.background(), stroke));
    }

    void fill(String part, List<Point> corners, String color) {
        add(part, new Shape.Arrowhead(corners, color));
    }

    void dot(String part, Point at, double radius, String color, Shape.Stroke outline) {
        add(part, new Shape.Box(new Rect(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius), radius, color, outline));
    }

    /** A legend row from {@code x}; the keys' words shrink to fit {@code room} if they must. */
    void legend(double x, double baseline, double room, List<Key> keys) {
        double size = style.tickSize();
        double keyLength = 1.4 * size;
        double gap = 0.5 * size;
        double words = keys.stream().mapToDouble(key -> width(style.label(key.words()))).sum();
        double needed = words + keys.size() * (keyLength + gap) + (keys.size() - 1) * size;
        double scale = needed > room && room > 0 ? Math.max(0.6, room / needed) : 1;
        double at = x;
        double middle = baseline - 0.3 * size * scale;
        for (Key key : keys) {
            line("legend", List.of(new Point(at, middle), new Point(at + keyLength * scale, middle)), key.stroke());
            at += (keyLength + gap) * scale;
            Line label = style.label(key.words());
            Line shown = new Line(label.text(), label.color(), label.bold(), label.size() * scale);
            leftAligned("legend", at, baseline, shown);
            at += width(shown) + size * scale;
        }
    }

    void centred(String part, double x, double baseline, Line line) {
        String shown = BundledFont.of(line.bold()).displayable(line.text());
        add(part, new Shape.Text(new Point(x, baseline), shown, line.size(), line.bold(), line.color()));
    }

    void leftAligned(String part, double left, double baseline, Line line) {
        centred(part, left + width(line) / 2, baseline, line);
    }

    void rightAligned(String part, double right, double baseline, Line line) {
        centred(part, right - width(line) / 2, baseline, line);
    }

    static double width(Line line) {
        return BundledFont.of(line.bold()).width(line.text(), line.size());
    }

    Picture picture() {
        List<Picture.Part> painted = new ArrayList<>();
        parts.forEach((name, shapes) -> {
            if (!shapes.isEmpty()) painted.add(new Picture.Part(name, shapes));
        });
        return new Picture(width, height, style.background(), painted);
    }
}
