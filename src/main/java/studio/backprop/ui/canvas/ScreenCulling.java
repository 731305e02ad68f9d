package studio.backprop.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.layout.Region;

import studio.backprop.layout.Drawing;
import studio.backprop.layout.Rect;

/**
 * Draws only what can be seen. A view outside the canvas (with a margin of {@value #MARGIN_EM} em)
 * is not rendered, and is left as it is while steps go by; text too small to read at the zoom
 * ({@link Viewport#readable}) is not drawn, so a big graph zoomed out is its boxes and edges. A
 * classroom graph fitted to the window is wholly on screen with its text, so it looks as before;
 * a thousand-node graph renders, restyles and steps only the few dozen views in sight.
 *
 * <p>Zooming or panning is taken up once per frame, before CSS and layout, so views that come into
 * sight are brought up to date (by {@link #setOnViewsShown}) in the same frame they appear.
 */
final class ScreenCulling {

    /** Views this close to the canvas's edge are drawn too, so that a slow pan never shows a gap. */
    static final double MARGIN_EM = 2;

    private final Region canvas;
    private final Viewport viewport;
    private final Supplier<Drawing> drawing;
    private final List<NodeView> nodeViews;
    private final List<EdgeView> edgeViews;
    private BiConsumer<List<NodeView>, List<EdgeView>> onViewsShown = (nodes, edges) -> { };
    private boolean pending;

    ScreenCulling(Region canvas, Viewport viewport, Supplier<Drawing> drawing, List<NodeView> nodeViews,
                  List<EdgeView> edgeViews) {
        this.canvas = canvas;
        this.viewport = viewport;
        this.drawing = drawing;
        this.nodeViews = nodeViews;
        this.edgeViews = edgeViews;
        viewport.scaleProperty().addListener(observable -> invalidate());
        viewport.translateXProperty().addListener(observable -> invalidate());
        viewport.translateYProperty().addListener(observable -> invalidate());
        canvas.widthProperty().addListener(observable -> invalidate());
        canvas.heightProperty().addListener(observable -> invalidate());
        Runnable beforeLayout = this::updateIfNeeded;
        canvas.sceneProperty().addListener((observable, before, now) -> {
            if (before != null) before.removePreLayoutPulseListener(beforeLayout);
            if (now != null) now.addPreLayoutPulseListener(beforeLayout);
        });
    }

    /** Called with the views that came into sight, which may show an older step than the one on show. */
    void setOnViewsShown(BiConsumer<List<NodeView>, List<EdgeView>> handler) {
        onViewsShown = handler;
    }

    /** New views: drawn or not, with or without text, before they are first filled in. */
    void place(List<NodeView> nodes, List<EdgeView> edges) {
        Rect shown = shownArea();
        boolean detail = detail();
        for (NodeView view : nodes) {
            view.setVisible(shown == null || view.box().bounds().overlaps(shown));
            view.showDetail(detail);
        }
        for (EdgeView view : edges) {
            view.setVisible(shown == null || view.bounds().overlaps(shown));
            view.showDetail(detail);
        }
    }

    /** The zoom, the pan or the canvas's size changed: taken up at the next frame. */
    private void invalidate() {
        if (pending) return;
        pending = true;
        Platform.requestNextPulse();
    }

    /** Takes up a change of zoom, pan or size now, if there was one: also called during the canvas's layout. */
    void updateIfNeeded() {
        if (!pending) return;
        pending = false;
        if (drawing.get() == null) return;
        Rect shown = shownArea();
        boolean detail = detail();
        List<NodeView> newNodes = new ArrayList<>();
        List<EdgeView> newEdges = new ArrayList<>();
        for (NodeView view : nodeViews) {
            if (show(view, shown == null || view.box().bounds().overlaps(shown))) newNodes.add(view);
            if (view.isVisible()) view.showDetail(detail);
        }
        for (EdgeView view : edgeViews) {
            if (show(view, shown == null || view.bounds().overlaps(shown))) newEdges.add(view);
            if (view.isVisible()) view.showDetail(detail);
        }
        if (!newNodes.isEmpty() || !newEdges.isEmpty()) onViewsShown.accept(newNodes, newEdges);
    }

    /** Shows or hides a view; true if it has just come into sight. */
    private static boolean show(javafx.scene.Node view, boolean onScreen) {
        if (view.isVisible() == onScreen) return false;
        view.setVisible(onScreen);
        return onScreen;
    }

    /** The part of the drawing on screen, or null before the canvas has a size, when all of it counts. */
    private Rect shownArea() {
        Drawing now = drawing.get();
        if (now == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) return null;
        return viewport.shown(canvas.getWidth(), canvas.getHeight(), MARGIN_EM * now.fontSize());
    }

    private boolean detail() {
        Drawing now = drawing.get();
        return now == null || viewport.readable(now.fontSize());
    }
}
