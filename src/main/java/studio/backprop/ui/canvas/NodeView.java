package studio.backprop.ui.canvas;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

import studio.backprop.graph.Node;
import studio.backprop.layout.NodeBox;
import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.FrameContent;
import studio.backprop.presentation.GraphStyle;
import studio.backprop.presentation.GraphStyle.HaloLook;
import studio.backprop.presentation.GraphStyle.NodeLook;
import studio.backprop.presentation.TensorPicture;

/**
 * One node on the canvas: a box with three centred lines, the label and op symbol, the value, and
 * the gradient. How they look (colours, line widths, dashes, corners, type sizes) is the
 * {@link NodeLook} the exporters draw too. The style classes {@code .graph-node} with
 * {@code .input}, {@code .constant}, {@code .operation} or {@code .output}, and the pseudo-classes
 * below, say what the node is and what state it is in, for lookups and the presentation layout.
 */
public final class NodeView extends Group {

    static final PseudoClass FORWARD_ACTIVE = PseudoClass.getPseudoClass("forward-active");
    static final PseudoClass BACKWARD_ACTIVE = PseudoClass.getPseudoClass("backward-active");
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass FLAGGED = PseudoClass.getPseudoClass("flagged");
    static final PseudoClass UNKNOWN = PseudoClass.getPseudoClass("unknown");

    private final NodeBox box;
    private final Rectangle frame;
    private final Text label;
    private final Text value;
    private final Text gradient;
    private final HoverText explanation;
    /** The element under the pointer, or -1; a vector or matrix node's hover starts with it. */
    private int hovered = -1;
    private IntFunction<String> elementText = element -> "";
    /** Made when the node is first picked for the nudge: only inputs ever are. */
    private Rectangle halo;
    /** Made when an element of this vector or matrix input is first picked for the nudge. */
    private Rectangle cellMark;
    /** A vector or matrix node's grids or heat maps, drawn from the exporters' shapes; empty for a scalar. */
    private final Group cells = new Group();
    /** What it shows now: a step changes one node or two of a big graph, and the rest are left alone. */
    private NodeLook shownLook;
    private FrameContent.NodeText shownText;
    /** The style {@link #shownLook} was worked out in. */
    private GraphStyle shownStyle;
    /** Whether its three lines are drawn: zoomed far out they would be specks, and a big graph has thousands. */
    private boolean detail;
    /** The lines are put on the node the first time they are drawn. */
    private boolean linesAttached;
    /** The lines are behind {@link #shownLook}: it changed while they were not drawn. */
    private boolean linesBehind;
    /** Off screen when the presenter last filled views in, so what it shows may be of an older step. */
    private boolean stale = true;

    /** The drawing's font size, which a vector or matrix node's cells are laid out in. */
    private final double fontSize;

    NodeView(NodeBox box, double fontSize) {
        this.box = box;
        this.fontSize = fontSize;
        Node node = box.node();
        getStyleClass().addAll("graph-node", box.kind().name().toLowerCase(Locale.ROOT));
        TestIds.mark(this, TestIds.node(node));
        setUserData(node);

        frame = new Rectangle(box.x(), box.y(), box.width(), box.height());
        frame.getStyleClass().addAll("node-box", box.kind().name().toLowerCase(Locale.ROOT));
        label = line(box.labelLine(), FrameContent.labelLine(node), "node-label");
        value = line(box.valueLine(), "", "node-value");
        TestIds.mark(value, TestIds.value(node));
        gradient = line(box.gradientLine(), "", "node-gradient");
        TestIds.mark(gradient, TestIds.gradient(node));
        getChildren().addAll(frame, cells);
        explanation = new HoverText(this);
        if (box.tensor() != null) {
            // Over a cell, the hover names that element and its exact numbers first.
            addEventHandler(MouseEvent.MOUSE_MOVED, event -> {
                int under = elementAt(event.getX(), event.getY());
                if (under != hovered) {
                    hovered = under;
                    explanation.refresh();
                }
            });
        }
    }

    public Node node() {
        return box.node();
    }

    NodeBox box() {
        return box;
    }

    /**
     * Shows the node as it is at a step: its look in {@code style}, and its state as pseudo-classes.
     * The look is worked out only if the style or the text changed: a step changes one node or two.
     * The hover tells {@code description}, and why the node is flagged if it is.
     */
    void show(GraphStyle style, FrameContent.NodeText text, Supplier<NodeLook> lookInStyle, Supplier<String> description,
              IntFunction<String> element) {
        this.elementText = element;
        String problem = text.problem();
        Supplier<String> whole = problem == null ? description : () -> description.get() + "\n⚠ " + problem;
        explanation.setText(box.tensor() == null ? whole : () -> hovered < 0 ? whole.get()
                : elementText.apply(hovered) + "\n\n" + whole.get());
        stale = false;
        if (style == shownStyle && text.equals(shownText)) return;
        shownStyle = style;
        NodeLook look = lookInStyle.get();
        if (look.equals(shownLook) && text.equals(shownText)) return;
        shownLook = look;
        shownText = text;
        FxLook.box(frame, look.fill(), look.stroke(), look.cornerRadius());
        if (detail) drawLines();
        else linesBehind = true;
        if (box.tensor() != null) {
            cells.getChildren().setAll(look.tensor() == null ? List.of()
                    : FxShapes.of(TensorPicture.shapes(box.tensor(), look.tensor(), fontSize, 0, 0)));
        }
        pseudoClassStateChanged(FORWARD_ACTIVE, text.forwardActive());
        pseudoClassStateChanged(BACKWARD_ACTIVE, text.backwardActive());
        pseudoClassStateChanged(FLAGGED, text.problem() != null);
        value.pseudoClassStateChanged(UNKNOWN, text.unknown());
    }

    /**
     * Whether the label, value and gradient are drawn. Off, the node is its box alone; on again, the
     * lines show what the node shows now, however many steps were taken meanwhile.
     */
    void showDetail(boolean on) {
        if (on == detail) return;
        detail = on;
        if (on && !linesAttached) {
            linesAttached = true;
            getChildren().addAll(getChildren().indexOf(frame) + 1, List.of(label, value, gradient));
        }
        if (on && linesBehind) drawLines();
        label.setVisible(on);
        value.setVisible(on);
        gradient.setVisible(on);
    }

    boolean detailShown() {
        return detail;
    }

    private void drawLines() {
        linesBehind = false;
        if (shownLook == null) return;
        FxLook.text(label, shownLook.label());
        FxLook.text(value, shownLook.value());
        FxLook.text(gradient, shownLook.gradient());
    }

    /** Whether it was off screen when the views were last filled in, and so may show an older step. */
    boolean stale() {
        return stale;
    }

    void markStale() {
        stale = true;
    }

    /** The element of a vector or matrix node under a point, or -1: for picking W1[3,2] to nudge. */
    int elementAt(double x, double y) {
        return box.tensor() == null ? -1 : box.tensor().elementAt(x, y);
    }

    /** What hovering over the node tells: its formula, and the reason if it is flagged. */
    public String explanation() {
        return explanation.text();
    }

    /** The element of a vector or matrix input picked for the nudge gets its cell outlined; null hides it. */
    void showCellMark(HaloLook look) {
        if (look != null && cellMark == null) {
            cellMark = new Rectangle();
            cellMark.setMouseTransparent(true);
            cellMark.getStyleClass().add("cell-mark");
            getChildren().add(cellMark);
        }
        if (look != null) {
            Rect bounds = look.bounds();
            cellMark.setX(bounds.x());
            cellMark.setY(bounds.y());
            cellMark.setWidth(bounds.width());
            cellMark.setHeight(bounds.height());
            FxLook.box(cellMark, null, look.stroke(), look.cornerRadius());
            cellMark.toFront();
        }
        if (cellMark != null) cellMark.setVisible(look != null);
    }

    /** The input picked for the nudge check gets a halo, apart from the border that marks the active step; null hides it. */
    void showHalo(HaloLook look) {
        pseudoClassStateChanged(SELECTED, look != null);
        if (look != null && halo == null) {
            Rect bounds = look.bounds();
            halo = new Rectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height());
            halo.getStyleClass().add("node-halo");
            getChildren().add(0, halo);
        }
        if (look != null) FxLook.box(halo, null, look.stroke(), look.cornerRadius());
        if (halo != null) halo.setVisible(look != null);
    }

    Text valueText() {
        return value;
    }

    Text gradientText() {
        return gradient;
    }

    /** What shows the node's value: its number, or a vector's or matrix's grid. */
    javafx.scene.Node valueShown() {
        return box.tensor() == null ? value : cells;
    }

    /** A line of text centred on its anchor, whatever its width and size. */
    static Text line(Point anchor, String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().add(styleClass);
        text.setTextOrigin(VPos.BASELINE);
        text.setY(anchor.y());
        text.layoutBoundsProperty().addListener((observable, before, now) -> text.setX(anchor.x() - now.getWidth() / 2));
        text.setX(anchor.x() - text.getLayoutBounds().getWidth() / 2);
        return text;
    }
}
