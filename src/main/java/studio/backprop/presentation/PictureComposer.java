package studio.backprop.presentation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

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
        List<Picture.Part> parts = parts(drawing, frame, box -> true, band.offsetX(), band.offsetY());
        if (title != null && !title.isBlank() && band.hasRoomForTitle()) {
            parts.add(title(List.of(title), band.width() / 2, band.baseline(), band.size(), 0));
        }
        return new Picture(band.width(), band.height(), style.background(), parts);
    }

    /**
     * The parts of the nodes that {@code shows} accepts and of the edges that reach one of them,
     * edges first, moved by (dx, dy): the whole graph, or the part of it on one slide.
     */
    public List<Picture.Part> parts(Drawing drawing, FrameContent frame, Predicate<NodeBox> shows, double dx, double dy) {
        Placement at = new Placement(dx, dy);
        List<Picture.Part> parts = new ArrayList<>();
        for (EdgePath path : drawing.paths()) {
            if (!shows.test(drawing.box(path.edge().operand())) && !shows.test(drawing.box(path.edge().user()))) continue;
            EdgeLook look = style.edge(frame.edge(path.edge()), path.label(), drawing.fontSize());
            parts.add(new Picture.Part("e" + (path.edge().position() + 1), edge(path, look, drawing, at)));
        }
        for (NodeBox box : drawing.boxes()) {
            if (!shows.test(box)) continue;
            NodeLook look = style.node(box.kind(), box.bounds(), drawing.fontSize(), frame.node(box.node()));
            parts.add(new Picture.Part(box.node().id(), node(box, look, at, drawing.fontSize())));
        }
        return parts;
    }

    /** A title of one or more lines, centred on {@code centerX}, the first line's baseline at {@code baseline}. */
    public Picture.Part title(List<String> lines, double centerX, double baseline, double size, double lineGap) {
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            shapes.add(text(new Point(centerX, baseline + i * lineGap), style.title(lines.get(i), size)));
        }
        return new Picture.Part("title", shapes);
    }

    private List<Shape> edge(EdgePath path, EdgeLook look, Drawing drawing, Placement at) {
        List<Shape> shapes = new ArrayList<>();
        double width = look.stroke().width();
        List<Point> points = GraphStyle.routeUnderArrowhead(path.points(), drawing.edgeShape(), drawing.fontSize(), width)
                .stream().map(at::point).toList();
        shapes.add(new Shape.Route(points, drawing.edgeShape(), look.stroke()));
        List<Point> arrowhead = GraphStyle.arrowhead(at.point(path.beforeEnd()), at.point(path.end()), drawing.fontSize(), width);
        // In paint order, by layer: route, plate, arrowhead, label text.
        if (look.label() != null) {
            shapes.add(new Shape.Box(at.rect(path.label()), look.plateRadius(), look.plateFill(), look.plateStroke()));
        }
        shapes.add(new Shape.Arrowhead(arrowhead, look.arrowFill()));
        if (look.label() != null) shapes.add(text(at.point(path.labelAnchor()), look.label()));
        return shapes;
    }

    private static List<Shape> node(NodeBox box, NodeLook look, Placement at, double em) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape.Box(at.rect(box.bounds()), look.cornerRadius(), look.fill(), look.stroke()));
        shapes.add(text(at.point(box.labelLine()), look.label()));
        if (look.value() != null) shapes.add(text(at.point(box.valueLine()), look.value()));
        if (look.gradient() != null) shapes.add(text(at.point(box.gradientLine()), look.gradient()));
        if (box.tensor() != null && look.tensor() != null) {
            shapes.addAll(TensorPicture.shapes(box.tensor(), look.tensor(), em, at.dx(), at.dy()));
        }
        return shapes;
    }

    private static Shape.Text text(Point anchor, Line line) {
        String shown = BundledFont.of(line.bold()).displayable(line.text());
        return new Shape.Text(anchor, shown, line.size(), line.bold(), line.color());
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
