package studio.backprop.presentation;

import java.util.List;

import studio.backprop.layout.EdgeShape;
import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;

/**
 * One thing to paint, in drawing coordinates (pixels, y downwards), with its colours and line
 * weights already decided: the vocabulary every exporter translates into its own format. Colours
 * are {@code #rrggbb}.
 */
public sealed interface Shape {

    /**
     * Paint order inside a {@link Picture.Part}: a part paints its shapes by increasing layer.
     * Frames of one drawing differ only in which shapes each part holds, so a writer can merge
     * frames part by part and layer by layer without changing what covers what.
     */
    int layer();

    /** Hands the shape to the visitor's method for its kind. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of shape (the jlox way): a new kind is a compile error in every writer
     * that does not draw it yet, where a chain of {@code instanceof} would fall through silently.
     */
    interface Visitor<R> {
        R route(Route route);

        R arrowhead(Arrowhead arrowhead);

        R box(Box box);

        R text(Text text);
    }

    /** A line's colour, width, and dash lengths (empty for a solid line). */
    record Stroke(String color, double width, List<Double> dashes) {
        public Stroke {
            dashes = List.copyOf(dashes);
        }

        public static Stroke solid(String color, double width) {
            return new Stroke(color, width, List.of());
        }

        public boolean dashed() {
            return !dashes.isEmpty();
        }
    }

    /** An edge's route: corners for {@link EdgeShape#ORTHOGONAL}, Bézier points for {@link EdgeShape#SPLINE}. */
    record Route(List<Point> points, EdgeShape shape, Stroke stroke) implements Shape {
        public Route {
            points = List.copyOf(points);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.route(this);
        }

        @Override
        public int layer() {
            return 0;
        }

        /** Whether the points are to be read as start, (control, control, end)*: a spline with 1 + 3k points. */
        public boolean curved() {
            return PathWriter.curved(points, shape);
        }
    }

    /**
     * A filled triangle: the tip first. It is painted over its edge's label plate, which lies
     * beside the line's end: a thick line's large head would otherwise lose its half under it.
     */
    record Arrowhead(List<Point> corners, String fill) implements Shape {
        public Arrowhead {
            corners = List.copyOf(corners);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.arrowhead(this);
        }

        @Override
        public int layer() {
            return 2;
        }
    }

    /** A filled and outlined rectangle with rounded corners: a node, or the plate under an edge label. */
    record Box(Rect bounds, double radius, String fill, Stroke stroke) implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.box(this);
        }

        @Override
        public int layer() {
            return 1;
        }
    }

    /** One line of text, centred on {@code anchor.x()} with its baseline at {@code anchor.y()}. */
    record Text(Point anchor, String text, double size, boolean bold, String color) implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }

        @Override
        public int layer() {
            return 3;
        }
    }
}
