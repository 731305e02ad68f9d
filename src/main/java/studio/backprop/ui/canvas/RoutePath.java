package studio.backprop.ui.canvas;

import java.util.List;

import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

import studio.backprop.layout.EdgeShape;
import studio.backprop.layout.Point;
import studio.backprop.presentation.PathSink;
import studio.backprop.presentation.PathWriter;

/** An edge's route as a JavaFX {@link Path}, walked by the same {@link PathWriter} as every exporter's. */
final class RoutePath implements PathSink {

    private final Path path = new Path();

    private RoutePath() {
    }

    /** The route through {@code points}; tokens travel along it too, forwards or reversed. */
    static Path of(List<Point> points, EdgeShape shape) {
        RoutePath route = new RoutePath();
        PathWriter.route(points, shape, route);
        return route.path;
    }

    @Override
    public void moveTo(Point point) {
        path.getElements().add(new MoveTo(point.x(), point.y()));
    }

    @Override
    public void lineTo(Point point) {
        path.getElements().add(new LineTo(point.x(), point.y()));
    }

    @Override
    public void curveTo(Point control1, Point control2, Point end) {
        path.getElements().add(new CubicCurveTo(control1.x(), control1.y(), control2.x(), control2.y(), end.x(), end.y()));
    }

    @Override
    public void close() {
        path.getElements().add(new ClosePath());
    }
}
