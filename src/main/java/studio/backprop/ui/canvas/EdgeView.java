package studio.backprop.ui.canvas;

import javafx.scene.Group;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

import studio.backprop.graph.OperandEdge;
import studio.backprop.layout.EdgePath;
import studio.backprop.layout.EdgeShape;
import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;

/**
 * One operand edge: its route with an arrowhead at the user's end, and a label for the local
 * derivative that appears once the backward pass has flowed along the edge.
 */
public final class EdgeView extends Group {

    private final EdgePath path;
    private final Path line;
    private final double fontSize;
    /** Made when the backward pass first reaches the edge: most edges of a big graph never need one. */
    private Group label;
    private Text labelText;
    private HoverText partial;

    EdgeView(EdgePath path, EdgeShape shape, double fontSize) {
        this.path = path;
        this.fontSize = fontSize;
        getStyleClass().add("graph-edge");
        line = RoutePath.of(path.points(), shape);
        line.getStyleClass().add("edge-line");
        Polygon arrow = arrowhead(path.beforeEnd(), path.end(), fontSize * 0.55);
        arrow.getStyleClass().add("edge-arrow");
        getChildren().addAll(line, arrow);
    }

    public OperandEdge edge() {
        return path.edge();
    }

    EdgePath path() {
        return path;
    }

    /** The route, for tokens that travel along it. */
    Path line() {
        return line;
    }

    /** The local derivative on show, or null when the label is hidden. */
    public String local() {
        return label != null && label.isVisible() ? labelText.getText() : null;
    }

    /** Shows the local derivative, with the full ∂user/∂operand on hover; null hides it. */
    void showLocal(String compact, String full) {
        if (compact == null) {
            if (label != null) label.setVisible(false);
            return;
        }
        if (label == null) makeLabel();
        label.setVisible(true);
        labelText.setText(compact);
        double room = path.label().width() * 0.92;
        double width = labelText.getLayoutBounds().getWidth();
        double scale = width > room ? room / width : 1;
        labelText.setScaleX(scale);
        labelText.setScaleY(scale);
        partial.setText(full);
    }

    private void makeLabel() {
        Rect box = path.label();
        Rectangle background = new Rectangle(box.x(), box.y(), box.width(), box.height());
        background.getStyleClass().add("edge-label-box");
        background.setArcWidth(6);
        background.setArcHeight(6);
        labelText = NodeView.line(path.labelAnchor(), "", fontSize * 0.9, "edge-label");
        label = new Group(background, labelText);
        partial = new HoverText(label);
        getChildren().add(label);
    }

    void setActive(boolean forward, boolean backward) {
        pseudoClassStateChanged(NodeView.FORWARD_ACTIVE, forward);
        pseudoClassStateChanged(NodeView.BACKWARD_ACTIVE, backward);
    }

    private static Polygon arrowhead(Point from, Point tip, double size) {
        double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
        double spread = Math.toRadians(25);
        return new Polygon(
                tip.x(), tip.y(),
                tip.x() - size * Math.cos(angle - spread), tip.y() - size * Math.sin(angle - spread),
                tip.x() - size * Math.cos(angle + spread), tip.y() - size * Math.sin(angle + spread));
    }
}
