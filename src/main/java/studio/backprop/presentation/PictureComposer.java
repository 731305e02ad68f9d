package studio.backprop.presentation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import studio.backprop.layout.Drawing;
import studio.backprop.layout.EdgePath;
import studio.backprop.layout.NodeBox;
import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.GraphStyle.EdgeLook;
import studio.backprop.presentation.GraphStyle.Line;
import studio.backprop.presentation.GraphStyle.NodeLook;

/**
 * Turns a drawing at one step into a {@link Picture}: the geometry comes from the {@link Drawing},
 * the words from {@link FrameContent}, the looks from {@link GraphStyle}. Every exporter but DOT
 * paints exactly these shapes, so all formats show the same thing.
 */
public final class PictureComposer {

    /** The screen shrinks a number that is wider than its box less this margin (in em). */
    private static final double FIT_MARGIN_EM = 0.4;

    private final GraphStyle style;

    public PictureComposer(GraphStyle style) {
        this.style = style;
    }

    public GraphStyle style() {
        return style;
    }

    /** One frame, with room for its title if it has one. */
    public Picture compose(Drawing drawing, FrameContent frame, String title) {
        return compose(drawing, frame, title, TitleBand.fit(drawing, Collections.singletonList(title), style));
    }

    /** One frame of an export whose titles all fit in {@code band}. */
    public Picture compose(Drawing drawing, FrameContent frame, String title, TitleBand band) {
        Placement at = new Placement(band.offsetX(), band.offsetY());
        List<Picture.Part> parts = new ArrayList<>();
        for (EdgePath path : drawing.paths()) {
            EdgeLook look = style.edge(frame.edge(path.edge()));
            parts.add(new Picture.Part("e" + (path.edge().position() + 1), edge(path, look, drawing, at)));
        }
        for (NodeBox box : drawing.boxes()) {
            NodeLook look = style.node(box.kind(), frame.node(box.node()));
            parts.add(new Picture.Part(box.node().id(), node(box, look, drawing.fontSize(), at)));
        }
        if (title != null && !title.isBlank() && band.hasRoomForTitle()) {
            Point anchor = new Point(band.width() / 2, band.baseline());
            parts.add(new Picture.Part("title", List.of(text(anchor, style.title(title), band.size()))));
        }
        return new Picture(band.width(), band.height(), style.background(), parts);
    }

    private List<Shape> edge(EdgePath path, EdgeLook look, Drawing drawing, Placement at) {
        List<Shape> shapes = new ArrayList<>();
        List<Point> points = path.points().stream().map(at::point).toList();
        shapes.add(new Shape.Route(points, drawing.edgeShape(), look.stroke()));
        shapes.add(arrowhead(at.point(path.beforeEnd()), at.point(path.end()), drawing.fontSize(), look.arrowFill()));
        if (look.label() != null) {
            Rect plate = at.rect(path.label());
            double radius = Math.min(look.plateRadius(), Math.min(plate.width(), plate.height()) / 2);
            shapes.add(new Shape.Box(plate, radius, look.plateFill(), look.plateStroke()));
            shapes.add(text(at.point(path.labelAnchor()), look.label(), drawing.fontSize() * GraphStyle.EDGE_LABEL_SCALE));
        }
        return shapes;
    }

    private List<Shape> node(NodeBox box, NodeLook look, double em, Placement at) {
        List<Shape> shapes = new ArrayList<>();
        Rect bounds = at.rect(box.bounds());
        double radius = Math.min(look.cornerRadius(), Math.min(bounds.width(), bounds.height()) / 2);
        shapes.add(new Shape.Box(bounds, radius, look.fill(), look.stroke()));
        shapes.add(text(at.point(box.labelLine()), look.label(), em));
        double fit = box.width() - FIT_MARGIN_EM * em;
        if (look.value() != null) shapes.add(text(at.point(box.valueLine()), look.value(), fitted(look.value(), em, fit)));
        if (look.gradient() != null) {
            shapes.add(text(at.point(box.gradientLine()), look.gradient(), fitted(look.gradient(), em, fit)));
        }
        return shapes;
    }

    /** A rare very long number is drawn smaller rather than spilling out of its box, as on screen. */
    private static double fitted(Line line, double size, double fit) {
        double width = BundledFont.of(line.bold()).width(line.text(), size);
        return width > fit && fit > 0 ? size * fit / width : size;
    }

    private static Shape.Text text(Point anchor, Line line, double size) {
        String shown = BundledFont.of(line.bold()).displayable(line.text());
        return new Shape.Text(anchor, shown, size, line.bold(), line.color());
    }

    /** The screen's arrowhead: a triangle at the tip, pointing along the last segment. */
    static Shape.Arrowhead arrowhead(Point from, Point tip, double em, String fill) {
        double size = em * GraphStyle.ARROW_EM;
        double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
        double spread = Math.toRadians(GraphStyle.ARROW_SPREAD_DEGREES);
        return new Shape.Arrowhead(List.of(tip,
                new Point(tip.x() - size * Math.cos(angle - spread), tip.y() - size * Math.sin(angle - spread)),
                new Point(tip.x() - size * Math.cos(angle + spread), tip.y() - size * Math.sin(angle + spread))), fill);
    }

    /** Moves the drawing below the title band. */
    private record Placement(double dx, double dy) {
        Point point(Point p) {
            return new Point(p.x() + dx, p.y() + dy);
        }

        Rect rect(Rect r) {
            return new Rect(r.x() + dx, r.y() + dy, r.width(), r.height());
        }
    }
}
