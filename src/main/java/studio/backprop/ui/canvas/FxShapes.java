package studio.backprop.ui.canvas;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

import studio.backprop.presentation.GraphStyle;
import studio.backprop.presentation.Shape;

/**
 * The exporters' shapes as JavaFX nodes, for the parts of the canvas that are drawn from them
 * as they are (a vector or matrix node's cells): boxes and centred lines of text. Routes and
 * arrowheads have views of their own that animate.
 */
final class FxShapes implements Shape.Visitor<javafx.scene.Node> {

    private static final FxShapes PAINTER = new FxShapes();

    static List<javafx.scene.Node> of(List<Shape> shapes) {
        List<javafx.scene.Node> nodes = new ArrayList<>(shapes.size());
        for (Shape shape : shapes) nodes.add(shape.accept(PAINTER));
        return nodes;
    }

    @Override
    public javafx.scene.Node route(Shape.Route route) {
        throw new IllegalArgumentException("routes are drawn by EdgeView");
    }

    @Override
    public javafx.scene.Node arrowhead(Shape.Arrowhead arrowhead) {
        throw new IllegalArgumentException("arrowheads are drawn by EdgeView");
    }

    @Override
    public javafx.scene.Node box(Shape.Box box) {
        Rectangle rectangle = new Rectangle(box.bounds().x(), box.bounds().y(), box.bounds().width(), box.bounds().height());
        FxLook.box(rectangle, box.fill(), box.stroke(), box.radius());
        rectangle.setMouseTransparent(true);
        return rectangle;
    }

    @Override
    public javafx.scene.Node text(Shape.Text text) {
        Text line = new Text(text.text());
        line.getStyleClass().add("cell-text");
        line.setTextOrigin(VPos.BASELINE);
        FxLook.text(line, new GraphStyle.Line(text.text(), text.color(), text.bold(), text.size()));
        line.setY(text.anchor().y());
        line.layoutBoundsProperty().addListener((observable, before, now) -> line.setX(text.anchor().x() - now.getWidth() / 2));
        line.setX(text.anchor().x() - line.getLayoutBounds().getWidth() / 2);
        line.setMouseTransparent(true);
        return line;
    }
}
