package studio.backprop.ui.canvas;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

import studio.backprop.layout.Rect;

/**
 * Zoom and pan of the graph canvas: a scale and a translation from drawing coordinates to the
 * canvas, {@code screen = drawing × scale + translate}. Plain arithmetic, so it is tested
 * without a window.
 */
public final class Viewport {

    static final double MIN_SCALE = 0.05;
    static final double MAX_SCALE = 8;
    static final double MARGIN = 16;
    /**
     * Text smaller than this on screen, in pixels, is not drawn: it cannot be read, only smudges
     * the boxes, and a big graph zoomed out has thousands of lines of it to render.
     */
    static final double SMALLEST_READABLE_TEXT = 3;

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ReadOnlyDoubleWrapper translateX = new ReadOnlyDoubleWrapper(this, "translateX");
    private final ReadOnlyDoubleWrapper translateY = new ReadOnlyDoubleWrapper(this, "translateY");

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty translateXProperty() {
        return translateX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty translateYProperty() {
        return translateY.getReadOnlyProperty();
    }

    public double scale() {
        return scale.get();
    }

    /** Scales the content to fill the view with a margin, never above 1.5×, and centres it. */
    public void fit(double viewWidth, double viewHeight, double contentWidth, double contentHeight) {
        fitBelow(0, viewWidth, viewHeight, contentWidth, contentHeight);
    }

    /**
     * The same fit in the part of the view below {@code top}, for when the fitted graph would have
     * a box under the zoom buttons in the corner.
     */
    public void fitBelow(double top, double viewWidth, double viewHeight, double contentWidth, double contentHeight) {
        if (viewWidth <= 0 || viewHeight - top <= 0 || contentWidth <= 0 || contentHeight <= 0) return;
        scale.set(fitScale(viewWidth, viewHeight - top, contentWidth, contentHeight));
        translateX.set((viewWidth - contentWidth * scale.get()) / 2);
        translateY.set(top + (viewHeight - top - contentHeight * scale.get()) / 2);
    }

    /** The scale {@link #fit} chooses: below 1, the whole graph shows its text smaller than the chosen size. */
    public static double fitScale(double viewWidth, double viewHeight, double contentWidth, double contentHeight) {
        double fitted = Math.min((viewWidth - 2 * MARGIN) / contentWidth, (viewHeight - 2 * MARGIN) / contentHeight);
        return clamp(Math.min(1.5, fitted));
    }

    /** Sets scale and translation at once: a step of the follow camera's flight. */
    public void set(double newScale, double newTranslateX, double newTranslateY) {
        scale.set(clamp(newScale));
        translateX.set(newTranslateX);
        translateY.set(newTranslateY);
    }

    /** Whether all of the content is inside the view at the current zoom. */
    public boolean shows(double viewWidth, double viewHeight, double contentWidth, double contentHeight) {
        double s = scale.get();
        return translateX.get() >= 0 && translateY.get() >= 0
                && translateX.get() + contentWidth * s <= viewWidth && translateY.get() + contentHeight * s <= viewHeight;
    }

    /** Zooms by {@code factor}, keeping the drawing point under ({@code pivotX}, {@code pivotY}) in place. */
    public void zoom(double factor, double pivotX, double pivotY) {
        double before = scale.get();
        double after = clamp(before * factor);
        double drawingX = (pivotX - translateX.get()) / before;
        double drawingY = (pivotY - translateY.get()) / before;
        scale.set(after);
        translateX.set(pivotX - drawingX * after);
        translateY.set(pivotY - drawingY * after);
    }

    /** Moves the view so that the drawing point ({@code drawingX}, {@code drawingY}) is at ({@code viewX}, {@code viewY}). */
    public void centerOn(double drawingX, double drawingY, double viewX, double viewY) {
        translateX.set(viewX - drawingX * scale.get());
        translateY.set(viewY - drawingY * scale.get());
    }

    public void pan(double dx, double dy) {
        translateX.set(translateX.get() + dx);
        translateY.set(translateY.get() + dy);
    }

    /**
     * The part of the drawing a view of {@code viewWidth} × {@code viewHeight} shows, widened by
     * {@code margin} drawing units on every side.
     */
    public Rect shown(double viewWidth, double viewHeight, double margin) {
        double s = scale.get();
        return new Rect(-translateX.get() / s - margin, -translateY.get() / s - margin,
                Math.max(0, viewWidth) / s + 2 * margin, Math.max(0, viewHeight) / s + 2 * margin);
    }

    /** Whether text of {@code size} drawing pixels is large enough on screen, at this zoom, to be read. */
    public boolean readable(double size) {
        return size * scale.get() >= SMALLEST_READABLE_TEXT;
    }

    /** The drawing coordinates under a point of the canvas. */
    public double[] toDrawing(double screenX, double screenY) {
        return new double[] {(screenX - translateX.get()) / scale.get(), (screenY - translateY.get()) / scale.get()};
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
