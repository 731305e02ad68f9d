package studio.backprop.presentation.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import studio.backprop.layout.EdgeShape;
import studio.backprop.layout.Point;
import studio.backprop.presentation.BundledFont;
import studio.backprop.presentation.GraphStyle.Line;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.PlotStyle;
import studio.backprop.presentation.Shape;

/**
 * A plot's shapes as they are made, grouped in named parts painted in one fixed order (the frame
 * under the data, the data under the labels), then handed over as one {@link Picture}. Texts are placed by their left or right end or their middle; the picture's
 * texts are centred, so the width is measured with the bundled font every format uses.
 */
final class PlotParts {

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

    /** A line through the points, straight from one to the next. */
    void line(String part, List<Point> points, Shape.Stroke stroke) {
        if (points.size() >= 2) add(part, new Shape.Route(points, EdgeShape.ORTHOGONAL, stroke));
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
