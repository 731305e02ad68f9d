package studio.backprop.ui.canvas;

import studio.backprop.graph.Node;
import studio.backprop.layout.Drawing;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.ActiveRegion;

/**
 * Where the follow camera looks for one step: at {@code scale} (1 is the chosen text size), with
 * the step's {@link ActiveRegion} (or as much of it as fits, the operands first on the forward
 * pass and the users on the backward pass) in the middle, kept inside the drawing where it can be.
 * Plain arithmetic, so it is tested without a window.
 *
 * @param scale      drawing to canvas pixels
 * @param translateX the canvas x of the drawing's origin
 * @param translateY the canvas y of the drawing's origin
 */
record CameraShot(double scale, double translateX, double translateY) {

    /**
     * Below this share of the chosen text size the whole graph is too small to read, and the camera
     * follows. Above it the whole graph reads well: the lecture graph at text size 1.5 in the normal
     * layout at 1920 × 1080 (fitted at 60-80%), every node on screen, beats a close-up that hides J.
     */
    static final double FOLLOW_BELOW = 0.6;

    /** Whether the whole drawing shows only with its text well below the chosen size: then the camera follows. */
    static boolean needed(double viewWidth, double viewHeight, Drawing drawing) {
        return viewWidth > 0 && viewHeight > 0
                && Viewport.fitScale(viewWidth, viewHeight, drawing.width(), drawing.height()) < FOLLOW_BELOW;
    }

    /** The shot of the step that computes {@code active}, in a view of the given size. */
    static CameraShot of(Drawing drawing, Node active, boolean forward, double viewWidth, double viewHeight, double scale) {
        double width = viewWidth / scale;
        double height = viewHeight / scale;
        double margin = Viewport.MARGIN / scale;
        Rect region = ActiveRegion.focus(drawing, active, forward, width - 2 * margin, height - 2 * margin);
        double x = placed(region.center().x() - width / 2, width, drawing.width(), margin);
        double y = placed(region.center().y() - height / 2, height, drawing.height(), margin);
        return new CameraShot(scale, -x * scale, -y * scale);
    }

    private static double placed(double start, double view, double drawn, double margin) {
        if (drawn + 2 * margin <= view) return (drawn - view) / 2;
        return Math.max(-margin, Math.min(start, drawn + margin - view));
    }
}
