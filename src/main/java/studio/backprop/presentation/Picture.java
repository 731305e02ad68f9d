package studio.backprop.presentation;

import java.util.List;
import java.util.stream.Stream;

/**
 * One frame ready to paint: its size, its background, and its shapes grouped in parts, one part per
 * edge, per node and for the title, in paint order (edges under nodes).
 *
 * @param background the theme's background colour; writers leave it out for a transparent export
 */
public record Picture(double width, double height, String background, List<Part> parts) {

    /** A shape's text, if it is one. */
    private static final Shape.Visitor<Stream<String>> TEXTS = new Shape.Visitor<>() {
        @Override
        public Stream<String> route(Shape.Route route) {
            return Stream.empty();
        }

        @Override
        public Stream<String> arrowhead(Shape.Arrowhead arrowhead) {
            return Stream.empty();
        }

        @Override
        public Stream<String> box(Shape.Box box) {
            return Stream.empty();
        }

        @Override
        public Stream<String> text(Shape.Text text) {
            return Stream.of(text.text());
        }
    };

    public Picture {
        parts = List.copyOf(parts);
    }

    /**
     * The shapes of one edge ({@code "e3"}), node ({@code "n2"}) or the title ({@code "title"}),
     * sorted by {@link Shape#layer()}. Ids are the same in every frame of one drawing.
     */
    public record Part(String id, List<Shape> shapes) {
        public Part {
            shapes = List.copyOf(shapes);
        }
    }

    /** Every shape, in paint order. */
    public List<Shape> shapes() {
        return parts.stream().flatMap(part -> part.shapes().stream()).toList();
    }

    /** The texts, in paint order: what a reader of the exported file sees. */
    public List<String> texts() {
        return shapes().stream().flatMap(shape -> shape.accept(TEXTS)).toList();
    }
}
