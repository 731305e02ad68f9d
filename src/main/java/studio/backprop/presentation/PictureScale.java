package studio.backprop.presentation;

import java.util.List;

import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;

/**
 * A picture made larger or smaller as a whole: every coordinate, line width, dash, corner and text
 * size times one factor, so a slide comes out at the slide's size with nothing moved relative to
 * anything else.
 */
public final class PictureScale {

    private PictureScale() {
    }

    public static Picture of(Picture picture, double factor) {
        Scaler scaler = new Scaler(factor);
        List<Picture.Part> parts = picture.parts().stream()
                .map(part -> new Picture.Part(part.id(), part.shapes().stream().map(shape -> shape.accept(scaler)).toList()))
                .toList();
        return new Picture(picture.width() * factor, picture.height() * factor, picture.background(), parts);
    }

    private record Scaler(double k) implements Shape.Visitor<Shape> {
        @Override
        public Shape route(Shape.Route route) {
            return new Shape.Route(points(route.points()), route.shape(), stroke(route.stroke()));
        }

        @Override
        public Shape arrowhead(Shape.Arrowhead arrowhead) {
            return new Shape.Arrowhead(points(arrowhead.corners()), arrowhead.fill());
        }

        @Override
        public Shape box(Shape.Box box) {
            Rect r = box.bounds();
            return new Shape.Box(new Rect(r.x() * k, r.y() * k, r.width() * k, r.height() * k), box.radius() * k,
                    box.fill(), stroke(box.stroke()));
        }

        @Override
        public Shape text(Shape.Text text) {
            return new Shape.Text(point(text.anchor()), text.text(), text.size() * k, text.bold(), text.color());
        }

        private Shape.Stroke stroke(Shape.Stroke stroke) {
            return new Shape.Stroke(stroke.color(), stroke.width() * k, stroke.dashes().stream().map(d -> d * k).toList());
        }

        private List<Point> points(List<Point> points) {
            return points.stream().map(this::point).toList();
        }

        private Point point(Point p) {
            return new Point(p.x() * k, p.y() * k);
        }
    }
}
