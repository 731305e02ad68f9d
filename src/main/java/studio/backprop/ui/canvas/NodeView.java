package studio.backprop.ui.canvas;

import java.util.Locale;
import java.util.function.Supplier;

import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import studio.backprop.graph.Node;
import studio.backprop.layout.NodeBox;
import studio.backprop.layout.Point;
import studio.backprop.presentation.FrameContent;

/**
 * One node on the canvas: a box with three centred lines, the label and op symbol, the value, and
 * the gradient. Style comes from CSS: {@code .graph-node} with {@code .input}, {@code .constant},
 * {@code .operation} or {@code .output}, and the pseudo-classes below.
 */
public final class NodeView extends Group {

    static final PseudoClass FORWARD_ACTIVE = PseudoClass.getPseudoClass("forward-active");
    static final PseudoClass BACKWARD_ACTIVE = PseudoClass.getPseudoClass("backward-active");
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass FLAGGED = PseudoClass.getPseudoClass("flagged");
    static final PseudoClass UNKNOWN = PseudoClass.getPseudoClass("unknown");

    private final NodeBox box;
    private final Text value;
    private final Text gradient;
    private final HoverText explanation;
    private final double fontSize;
    /** Made when the node is first picked for the nudge: only inputs ever are. */
    private Rectangle halo;
    private final double fitWidth;

    NodeView(NodeBox box, double fontSize) {
        this.box = box;
        Node node = box.node();
        getStyleClass().addAll("graph-node", box.kind().name().toLowerCase(Locale.ROOT));
        setId(TestIds.node(node));
        setUserData(node);

        Rectangle frame = new Rectangle(box.x(), box.y(), box.width(), box.height());
        // The kind goes on the box itself, so that the step's highlight (a pseudo-class on the node)
        // outranks it: JavaFX weighs a pseudo-class below a style class.
        frame.getStyleClass().addAll("node-box", box.kind().name().toLowerCase(Locale.ROOT));
        this.fontSize = fontSize;
        Text label = line(box.labelLine(), FrameContent.labelLine(node), fontSize, "node-label");
        value = line(box.valueLine(), "", fontSize, "node-value");
        value.setId(TestIds.value(node));
        gradient = line(box.gradientLine(), "", fontSize, "node-gradient");
        gradient.setId(TestIds.gradient(node));
        fitWidth = box.width() - fontSize * 0.4;
        getChildren().addAll(frame, label, value, gradient);
        explanation = new HoverText(this);
    }

    public Node node() {
        return box.node();
    }

    NodeBox box() {
        return box;
    }

    /** Shows a value, or "?" while it is not computed yet (never 0 for unknown); null leaves the line empty. */
    void showValue(String text) {
        value.setText(text == null ? "" : text);
        value.pseudoClassStateChanged(UNKNOWN, "?".equals(text));
        shrinkToFit(value);
    }

    /** Shows "du = 3", or nothing before the backward pass reaches the node. */
    void showGradient(String text) {
        gradient.setText(text == null ? "" : text);
        shrinkToFit(gradient);
    }

    /** A rare very long number is drawn smaller rather than spilling out of its box. */
    private void shrinkToFit(Text text) {
        double width = text.getLayoutBounds().getWidth();
        double scale = width > fitWidth ? fitWidth / width : 1;
        text.setScaleX(scale);
        text.setScaleY(scale);
    }

    /** Marks a NaN or ±∞ node; the reason is on hover. */
    void flag(String problem, Supplier<String> description) {
        pseudoClassStateChanged(FLAGGED, problem != null);
        explanation.setText(problem == null ? description : () -> description.get() + "\n⚠ " + problem);
    }

    /** What hovering over the node tells: its formula, and the reason if it is flagged. */
    public String explanation() {
        return explanation.text();
    }

    void setActive(boolean forward, boolean backward) {
        pseudoClassStateChanged(FORWARD_ACTIVE, forward);
        pseudoClassStateChanged(BACKWARD_ACTIVE, backward);
    }

    /** The input picked for the nudge check gets a halo, apart from the border that marks the active step. */
    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
        if (selected && halo == null) {
            double gap = fontSize * 0.3;
            halo = new Rectangle(box.x() - gap, box.y() - gap, box.width() + 2 * gap, box.height() + 2 * gap);
            halo.getStyleClass().add("node-halo");
            getChildren().add(0, halo);
        }
        if (halo != null) halo.setVisible(selected);
    }

    Text valueText() {
        return value;
    }

    Text gradientText() {
        return gradient;
    }

    /** A line of text centred on its anchor, whatever its width. */
    static Text line(Point anchor, String content, double fontSize, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().add(styleClass);
        text.setFont(Font.font(fontSize));
        text.setTextOrigin(VPos.BASELINE);
        text.setY(anchor.y());
        text.layoutBoundsProperty().addListener((observable, before, now) -> text.setX(anchor.x() - now.getWidth() / 2));
        text.setX(anchor.x() - text.getLayoutBounds().getWidth() / 2);
        return text;
    }
}
