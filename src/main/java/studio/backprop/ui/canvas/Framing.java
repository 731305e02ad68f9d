package studio.backprop.ui.canvas;

import java.util.function.Supplier;

import javafx.scene.layout.Region;

import studio.backprop.graph.Node;
import studio.backprop.layout.Drawing;
import studio.backprop.layout.NodeBox;
import studio.backprop.presentation.Palette;
import studio.backprop.presentation.Theme;

/**
 * What part of the graph the canvas shows: the whole graph fitted (until the student zooms or
 * pans by hand), or, while the whole graph cannot show its numbers at the chosen text size, the
 * {@link FollowCamera}'s shot of the step with the {@link OverviewMap} in the corner.
 */
final class Framing {

    private final Region canvas;
    private final Supplier<Drawing> drawing;
    private final Viewport viewport;
    private final FollowCamera camera;
    private final OverviewMap overview;
    /** The zoom buttons in the top right corner, which a fitted graph keeps clear of. */
    private final Region buttons;
    /** Until the student zooms or pans, the graph keeps fitting the canvas as it is resized. */
    private boolean fitting = true;
    /** The theme's colours, for the overview map. */
    private Palette palette = Palette.of(Theme.LIGHT);
    /** How long the camera's flight to a step takes. */
    private double flightMillis = FollowCamera.FLIGHT_MILLIS;

    Framing(Region canvas, Supplier<Drawing> drawing, Viewport viewport, OverviewMap overview, Region buttons) {
        this.canvas = canvas;
        this.buttons = buttons;
        this.drawing = drawing;
        this.viewport = viewport;
        this.overview = overview;
        this.camera = new FollowCamera(viewport);
        viewport.translateXProperty().addListener(observable -> drawOverview());
        viewport.translateYProperty().addListener(observable -> drawOverview());
        viewport.scaleProperty().addListener(observable -> drawOverview());
    }

    /** The whole graph, kept fitted while the canvas is resized; the camera waits for the next step. */
    void fit() {
        fitting = true;
        camera.hold();
        refit();
    }

    /** The whole graph fitted again, as after a load or a new layout around the canvas; the camera keeps the step's shot. */
    void fitAgain() {
        fitting = true;
        refit();
    }

    /** The student zoomed or panned: that zoom stays, and the camera follows at it from the next step. */
    void byHand() {
        fitting = false;
        camera.stop();
    }

    /** The view for the canvas's new size: the camera's shot of the step, or the whole graph while fitting. */
    void refit() {
        Drawing now = drawing.get();
        if (now == null) return;
        if (engaged()) {
            camera.aim(now, width(), height(), cameraScale(), 0);
        } else if (fitting) {
            viewport.fit(width(), height(), now.width(), now.height());
            keepClearOfButtons(now);
        }
        drawOverview();
    }

    /**
     * After the text size changed: fitted again, the camera's shot of the step at the new size, or,
     * if the student had zoomed by hand, the same zoom and the same part of the graph in the middle.
     */
    void textResized(Drawing before, Drawing after) {
        if (before == null || after == null) return;
        if (fitting) {
            refit();
            return;
        }
        double[] middle = viewport.toDrawing(width() / 2, height() / 2);
        double grow = after.fontSize() / before.fontSize();
        viewport.centerOn(middle[0] * grow, middle[1] * grow, width() / 2, height() / 2);
    }

    /** After an edit: fit if still fitting, or if part of the graph is now outside the canvas. */
    void fitIfCut() {
        Drawing now = drawing.get();
        if (now != null && (fitting || !viewport.shows(width(), height(), now.width(), now.height()))) fitAgain();
    }

    /** The step on show; the camera flies there if needed, or the whole graph comes back once it is not. */
    void follow(Node active, boolean forward) {
        boolean engagedBefore = engaged();
        camera.step(active, forward);
        Drawing now = drawing.get();
        if (now == null) return;
        if (engaged()) {
            camera.aim(now, width(), height(), cameraScale(), flightMillis);
        } else if (engagedBefore && fitting) {
            viewport.fit(width(), height(), now.width(), now.height());
        }
        drawOverview();
    }

    /** The follow camera on or off; off gives the whole graph back. */
    void setFollowing(boolean on) {
        camera.setEnabled(on);
        if (!on) fitting = true;
        refit();
    }

    /** Whether the follow camera has the view now, and the overview map shows. */
    boolean engaged() {
        return camera.engaged(width(), height(), drawing.get());
    }

    void setFlightMillis(double millis) {
        flightMillis = millis;
    }

    void setPalette(Palette newPalette) {
        palette = newPalette;
        drawOverview();
    }

    /** The chosen text size on screen, or the zoom the student set by hand. */
    private double cameraScale() {
        return fitting ? 1 : viewport.scale();
    }

    private void drawOverview() {
        boolean on = engaged();
        overview.setVisible(on);
        if (on) {
            overview.draw(drawing.get(), camera.active(), camera.forward(), viewport, width(), height(), palette);
            canvas.requestLayout();
        }
    }

    /**
     * The output stands in the last column, often at the top right, where the class would see it
     * behind the zoom buttons. The fitted graph moves left if there is room beside it, and
     * otherwise fits again below the buttons, a little smaller.
     */
    private void keepClearOfButtons(Drawing now) {
        double top = buttons.prefHeight(-1);
        double left = width() - buttons.prefWidth(-1);
        double s = viewport.scale();
        double tx = viewport.translateXProperty().get();
        double ty = viewport.translateYProperty().get();
        double overlap = 0;
        for (NodeBox box : now.boxes()) {
            if (ty + box.y() * s < top) overlap = Math.max(overlap, tx + box.right() * s - left);
        }
        if (overlap <= 0) return;
        if (tx - overlap >= Viewport.MARGIN) {
            viewport.set(s, tx - overlap, ty);
        } else {
            viewport.fitBelow(top, width(), height(), now.width(), now.height());
        }
    }

    private double width() {
        return canvas.getWidth();
    }

    private double height() {
        return canvas.getHeight();
    }
}
