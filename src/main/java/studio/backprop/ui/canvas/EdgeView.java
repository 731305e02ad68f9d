package studio.backprop.ui.canvas;

import java.util.function.Supplier;

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
import studio.backprop.presentation.FrameContent;
import studio.backprop.presentation.GraphStyle;
import studio.backprop.presentation.GraphStyle.EdgeLook;

/**
 * One operand edge: its route with an arrowhead at the user's end, and a label for the local
 * derivative that appears once the backward pass has flowed along the edge. How they look is the
 * {@link EdgeLook} the exporters draw too; the arrowhead is {@link GraphStyle#arrowhead}'s.
 */
public final class EdgeView extends Group {

    private final EdgePath path;
    private final EdgeShape shape;
    private final double fontSize;
    private final Path line;
    private final Polygon arrow;
    /** The line width the route and arrowhead were last drawn for: a thicker line gets a larger head. */
    private double drawnWidth = -1;
    /** Made when the backward pass first reaches the edge: most edges of a big graph never need one. */
    private Group label;
    private Rectangle plate;
    private Text labelText;
    private HoverText partial;
    /** What it shows now, so that a step leaves the edges it does not change alone. */
    private EdgeLook shownLook;
    private FrameContent.EdgeText shownText;
    /** The style {@link #shownLook} was worked out in. */
    private GraphStyle shownStyle;
    /** Whether its label is drawn: zoomed far out, it would be a speck. */
    private boolean detail;
    /** The label is behind {@link #shownLook}: it changed while the label was not drawn. */
    private boolean labelBehind;
    /** Off screen when the presenter last filled views in, so what it shows may be of an older step. */
    private boolean stale = true;
    /** Where the route and its label are, for telling whether it is on screen (a spline stays inside its control points). */
    private final Rect bounds;

    EdgeView(EdgePath path, EdgeShape shape, double fontSize) {
        this.path = path;
        this.shape = shape;
        this.fontSize = fontSize;
        getStyleClass().add("graph-edge");
        line = RoutePath.of(path.points(), shape);
        line.getStyleClass().add("edge-line");
        // Only the stroke is the edge: a filled route would catch the hover meant for a label beneath it.
        line.setFill(null);
        arrow = new Polygon();
        arrow.getStyleClass().add("edge-arrow");
        getChildren().addAll(line, arrow);
        bounds = Rect.around(path.points()).union(path.label());
    }

    /** The route, its arrowhead and its label, in drawing coordinates. */
    Rect bounds() {
        return bounds;
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

    /**
     * Shows the edge as it is at a step: its look in {@code style}, the local derivative with
     * ∂user/∂operand on hover, its state. The look is worked out only if the style or the text changed.
     */
    void show(GraphStyle style, FrameContent.EdgeText text, Supplier<EdgeLook> lookInStyle) {
        stale = false;
        if (style == shownStyle && text.equals(shownText)) return;
        shownStyle = style;
        EdgeLook look = lookInStyle.get();
        if (look.equals(shownLook) && text.equals(shownText)) return;
        shownLook = look;
        shownText = text;
        drawFor(look.stroke().width());
        FxLook.stroke(line, look.stroke());
        arrow.setFill(FxLook.color(look.arrowFill()));
        pseudoClassStateChanged(NodeView.FORWARD_ACTIVE, text.forwardActive());
        pseudoClassStateChanged(NodeView.BACKWARD_ACTIVE, text.backwardActive());
        if (detail) drawLabel();
        else labelBehind = true;
    }

    /** Whether the local derivative's label is drawn; on again, it shows what the edge shows now. */
    void showDetail(boolean on) {
        if (on == detail) return;
        detail = on;
        if (!on && label != null) label.setVisible(false);
        if (on) drawLabel();
    }

    private void drawLabel() {
        labelBehind = false;
        if (shownLook == null || shownLook.label() == null) {
            if (label != null) label.setVisible(false);
            return;
        }
        if (label == null) makeLabel();
        label.setVisible(true);
        FxLook.box(plate, shownLook.plateFill(), shownLook.plateStroke(), shownLook.plateRadius());
        FxLook.text(labelText, shownLook.label());
        partial.setText(shownText.partial());
    }

    /** Whether it was off screen when the views were last filled in, and so may show an older step. */
    boolean stale() {
        return stale;
    }

    void markStale() {
        stale = true;
    }

    /** The route and arrowhead for a line this wide, as {@link GraphStyle} draws them for the exports too. */
    private void drawFor(double width) {
        if (width == drawnWidth) return;
        drawnWidth = width;
        line.getElements().setAll(RoutePath.of(GraphStyle.routeUnderArrowhead(path.points(), shape, fontSize, width), shape)
                .getElements());
        arrow.getPoints().clear();
        for (Point corner : GraphStyle.arrowhead(path.beforeEnd(), path.end(), fontSize, width)) {
            arrow.getPoints().addAll(corner.x(), corner.y());
        }
    }

    private void makeLabel() {
        Rect box = path.label();
        plate = new Rectangle(box.x(), box.y(), box.width(), box.height());
        plate.getStyleClass().add("edge-label-box");
        labelText = NodeView.line(path.labelAnchor(), "", "edge-label");
        label = new Group(plate, labelText);
        partial = new HoverText(label);
        // Under the arrowhead, as in the exports: a large head reaches over the plate beside the line's end.
        getChildren().add(getChildren().indexOf(arrow), label);
    }
}
