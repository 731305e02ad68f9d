package studio.backprop.ui.canvas;

import javafx.scene.Group;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

import studio.backprop.layout.Point;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.Shape;

/**
 * A whole {@link Picture} as JavaFX nodes, for what the window shows as the exports draw it: the
 * training panel's loss curve and decision boundary. Boxes and text are painted as the graph's
 * cells are ({@link FxShapes}); routes and arrowheads, which the graph animates in its own views,
 * are plain shapes here.
 */
public final class PictureView implements Shape.Visitor<javafx.scene.Node> {

    private static final PictureView PAINTER = new PictureView();

    private PictureView() {
    }

    /** The picture's shapes in paint order over its background, at its own size. */
    public static Group of(Picture picture) {
        Rectangle background = new Rectangle(picture.width(), picture.height());
        background.setFill(FxLook.color(picture.background()));
        Group group = new Group(background);
        for (Shape shape : picture.shapes()) group.getChildren().add(shape.accept(PAINTER));
        group.setMouseTransparent(true);
        return group;
    }

    @Override
    public javafx.scene.Node route(Shape.Route route) {
        Path path = RoutePath.of(route.points(), route.shape());
        FxLook.stroke(path, route.stroke());
        path.setFill(null);
        return path;
    }

    @Override
    public javafx.scene.Node arrowhead(Shape.Arrowhead arrowhead) {
        Polygon polygon = new Polygon();
        for (Point corner : arrowhead.corners()) polygon.getPoints().addAll(corner.x(), corner.y());
        polygon.setFill(FxLook.color(arrowhead.fill()));
        return polygon;
    }

    @Override
    public javafx.scene.Node box(Shape.Box box) {
        return FxShapes.of(java.util.List.of(box)).get(0);
    }

    @Override
    public javafx.scene.Node text(Shape.Text text) {
        return FxShapes.of(java.util.List.of(text)).get(0);
    }
}
