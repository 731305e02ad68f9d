package studio.backprop.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;
import studio.backprop.layout.Drawing;
import studio.backprop.layout.EdgePath;
import studio.backprop.layout.NodeBox;

/**
 * The graph, drawn from a {@link Drawing}: node and edge views in a world that zooms and pans.
 * Zoom with the wheel, a pinch, or + and − when the canvas has focus; pan by dragging; fit with F,
 * 0 or the Fit button. A graph too big to show whole with its numbers at the chosen text size is
 * followed step by step by a {@link FollowCamera}, with an {@link OverviewMap} in the corner.
 * What the nodes show is set by {@link GraphPresenter}; only what is on screen is drawn
 * ({@link ScreenCulling}). A graph too large to draw gets a sentence instead of a picture.
 */
public final class GraphCanvas extends Region {

    /** Node and edge views drawn in one go: a classroom program of 100 nodes has about 250, so it never appears in slices. */
    public static final int VIEWS_AT_ONCE = 250;
    /** Sized so that styling a slice takes well under a tenth of a second on this project's 2-core test machine. */
    public static final int VIEWS_PER_FRAME = 100;
    /**
     * The most node and edge views the screen draws. A 10,000-step chain has 20,000 and takes about
     * 40 s to draw in slices on the test machine; each slice redraws all that came before, so the
     * time grows with the square of the size, and a 100,000-step chain would take the better part
     * of an hour. Bigger graphs are exported instead (docs/benchmarks.md).
     */
    public static final int MOST_VIEWS = 25_000;

    private final Viewport viewport = new Viewport();
    private final Group world = new Group();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group tokenLayer = new Group();
    private final HBox controls;
    private final ProgressIndicator busy = new ProgressIndicator();
    /** Where the graph would be, for a graph too large to draw: why there is no picture. */
    private final Label noPicture = new Label();
    private final List<NodeView> nodeViews = new ArrayList<>();
    private final List<EdgeView> edgeViews = new ArrayList<>();
    private Drawing drawing;
    private ObjIntConsumer<Node> onNodeClicked = (node, element) -> { };
    private Consumer<OperandEdge> onEdgeClicked = edge -> { };
    private BiConsumer<List<NodeView>, List<EdgeView>> onViewsAdded = (nodes, edges) -> { };
    private final AnimationTimer attacher = new AnimationTimer() {
        @Override
        public void handle(long now) {
            attach(VIEWS_PER_FRAME);
        }
    };
    private double dragX;
    private double dragY;
    private boolean dragged;
    private final OverviewMap overview = new OverviewMap();
    private final Framing framing;
    private final ScreenCulling culling = new ScreenCulling(this, viewport, () -> drawing, nodeViews, edgeViews);

    public GraphCanvas() {
        getStyleClass().add("graph-canvas");
        setId("graph-canvas");
        setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        Scale scale = new Scale();
        scale.xProperty().bind(viewport.scaleProperty());
        scale.yProperty().bind(viewport.scaleProperty());
        Translate translate = new Translate();
        translate.xProperty().bind(viewport.translateXProperty());
        translate.yProperty().bind(viewport.translateYProperty());
        world.getTransforms().addAll(translate, scale);
        world.getChildren().addAll(edgeLayer, nodeLayer, tokenLayer);

        controls = new HBox(4, button("−", "Zoom out (−)", () -> zoomCentered(1 / 1.25)),
                button("+", "Zoom in (+)", () -> zoomCentered(1.25)),
                button("Fit", "Fit the graph to the window (F)", this::fit));
        controls.getStyleClass().add("canvas-controls");
        controls.setAlignment(Pos.TOP_RIGHT);
        controls.setPadding(new Insets(8));
        framing = new Framing(this, () -> drawing, viewport, overview, controls);
        busy.setMaxSize(28, 28);
        busy.setVisible(false);
        busy.setId("layout-busy");
        noPicture.setId("no-picture");
        noPicture.getStyleClass().add("no-picture");
        noPicture.setWrapText(true);
        noPicture.setVisible(false);
        noPicture.setMouseTransparent(true);
        getChildren().addAll(world, overview, noPicture, controls, busy);
        installInput();
        // A canvas no longer on screen (its window closed) stops building views nobody will see.
        sceneProperty().addListener((observable, before, now) -> {
            if (now == null) attacher.stop();
            else if (!complete()) attacher.start();
        });
        widthProperty().addListener((observable, before, now) -> framing.refit());
        heightProperty().addListener((observable, before, now) -> framing.refit());
    }

    public Viewport viewport() {
        return viewport;
    }

    public List<NodeView> nodeViews() {
        return nodeViews;
    }

    public List<EdgeView> edgeViews() {
        return edgeViews;
    }

    public Group tokenLayer() {
        return tokenLayer;
    }

    public Drawing drawing() {
        return drawing;
    }

    /** Called with the node clicked and the element of a vector or matrix under the pointer, or -1. */
    public void setOnNodeClicked(ObjIntConsumer<Node> handler) {
        onNodeClicked = handler;
    }

    /** Called with the edge clicked, on its line, arrowhead or label. */
    public void setOnEdgeClicked(Consumer<OperandEdge> handler) {
        onEdgeClicked = handler;
    }

    /** Called with each new slice of views, which show nothing until they are filled in. */
    public void setOnViewsAdded(BiConsumer<List<NodeView>, List<EdgeView>> handler) {
        onViewsAdded = handler;
    }

    /** Called with views that have come into sight after a zoom or pan, which may show an older step than the one on show. */
    public void setOnViewsShown(BiConsumer<List<NodeView>, List<EdgeView>> handler) {
        culling.setOnViewsShown(handler);
    }

    public void setBusy(boolean running) {
        busy.setVisible(running);
    }

    /**
     * Replaces what is drawn. A classroom graph is drawn at once; a bigger one a slice per frame, so
     * that the window keeps answering while a thousand nodes are styled, the first slice no larger
     * than the others, as it shares its frame with the rest of the window taking up the new program.
     * Each slice goes to {@link #setOnViewsAdded} to be filled in, the first one before this returns.
     */
    public void show(Drawing newDrawing) {
        clear();
        drawing = newDrawing;
        noPicture.setVisible(false);
        attach(newDrawing.boxes().size() + newDrawing.paths().size() <= VIEWS_AT_ONCE ? VIEWS_AT_ONCE : VIEWS_PER_FRAME);
        if (!complete()) attacher.start();
    }

    /** No picture, but the reason there is none where it would be; the zoom buttons have nothing to do. */
    public void showNoPicture(String reason) {
        clear();
        drawing = null;
        overview.setVisible(false);
        noPicture.setText(reason);
        noPicture.setVisible(true);
    }

    /** What the canvas says instead of a picture, or null while it shows one. */
    public String noPictureText() {
        return noPicture.isVisible() ? noPicture.getText() : null;
    }

    private void clear() {
        attacher.stop();
        nodeViews.clear();
        edgeViews.clear();
        edgeLayer.getChildren().clear();
        nodeLayer.getChildren().clear();
        tokenLayer.getChildren().clear();
    }

    /** Whether every node and edge of the drawing has its view yet. */
    public boolean complete() {
        return drawing == null
                || nodeViews.size() == drawing.boxes().size() && edgeViews.size() == drawing.paths().size();
    }

    private void attach(int budget) {
        List<NodeView> newNodes = new ArrayList<>();
        List<EdgeView> newEdges = new ArrayList<>();
        List<NodeBox> boxes = drawing.boxes();
        for (int i = nodeViews.size(); i < boxes.size() && budget > 0; i++, budget--) {
            NodeView view = new NodeView(boxes.get(i), drawing.fontSize());
            view.setOnMouseClicked(event -> {
                if (!dragged && event.getButton() == MouseButton.PRIMARY) {
                    onNodeClicked.accept(view.node(), view.elementAt(event.getX(), event.getY()));
                }
            });
            newNodes.add(view);
        }
        List<EdgePath> paths = drawing.paths();
        for (int i = edgeViews.size(); i < paths.size() && budget > 0; i++, budget--) {
            EdgeView view = new EdgeView(paths.get(i), drawing.edgeShape(), drawing.fontSize());
            view.setOnMouseClicked(event -> {
                if (!dragged && event.getButton() == MouseButton.PRIMARY) onEdgeClicked.accept(view.edge());
            });
            newEdges.add(view);
        }
        culling.place(newNodes, newEdges);
        nodeViews.addAll(newNodes);
        edgeViews.addAll(newEdges);
        nodeLayer.getChildren().addAll(newNodes);
        edgeLayer.getChildren().addAll(newEdges);
        onViewsAdded.accept(newNodes, newEdges);
        if (complete()) attacher.stop();
    }

    /** Fits the whole graph into the canvas, and keeps it fitted while resized; the camera waits for the next step. */
    public void fit() {
        framing.fit();
    }

    /** Fits the whole graph again after a load or a new layout around the canvas; a following camera keeps its shot. */
    public void fitAgain() {
        framing.fitAgain();
    }

    /** Whether the follow camera has the view now, and the overview map shows. */
    public boolean following() {
        return framing.engaged();
    }

    /** What part of the graph is shown, which the presenter steers as steps, text size and theme change. */
    Framing framing() {
        return framing;
    }

    @Override
    protected void layoutChildren() {
        culling.updateIfNeeded();
        controls.resizeRelocate(0, 0, getWidth(), controls.prefHeight(getWidth()));
        busy.resizeRelocate(10, 10, 28, 28);
        overview.relocate(getWidth() - overview.getWidth() - 10, getHeight() - overview.getHeight() - 10);
        double margin = Math.min(48, getWidth() / 10);
        double width = Math.max(0, getWidth() - 2 * margin);
        double height = Math.min(getHeight(), noPicture.prefHeight(width));
        noPicture.resizeRelocate(margin, (getHeight() - height) / 2, width, height);
    }

    private void zoomCentered(double factor) {
        framing.byHand();
        viewport.zoom(factor, getWidth() / 2, getHeight() / 2);
    }

    private void installInput() {
        addEventHandler(ScrollEvent.SCROLL, event -> {
            if (event.getDeltaY() != 0) {
                framing.byHand();
                viewport.zoom(Math.pow(1.0015, event.getDeltaY()), event.getX(), event.getY());
                event.consume();
            }
        });
        addEventHandler(ZoomEvent.ZOOM, event -> {
            framing.byHand();
            viewport.zoom(event.getZoomFactor(), event.getX(), event.getY());
            event.consume();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            requestFocus();
            dragX = event.getX();
            dragY = event.getY();
            dragged = false;
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            framing.byHand();
            viewport.pan(event.getX() - dragX, event.getY() - dragY);
            dragged |= Math.abs(event.getX() - dragX) + Math.abs(event.getY() - dragY) > 2;
            dragX = event.getX();
            dragY = event.getY();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent event) {
        KeyCode code = event.getCode();
        if (event.isShortcutDown()) return;
        if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
            zoomCentered(1.25);
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            zoomCentered(1 / 1.25);
        } else if (code == KeyCode.F || code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            fit();
        } else {
            return;
        }
        event.consume();
    }

    private static Button button(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        button.getStyleClass().add("canvas-button");
        return button;
    }
}
