package studio.backprop.presentation;

import java.util.List;

import studio.backprop.presentation.Shape.Stroke;

/**
 * How the nudge panel's plots look in one theme, for the screen and for every export alike, as
 * {@link GraphStyle} is for graphs: the curve in the text's colour, backprop's tangent in the
 * backward pass's colour, the nudge's triangle in the forward pass's (a nudge is forward passes),
 * the magnifier in the colour that marks the nudged input. Line widths scale with the theme's
 * strokes.
 */
public final class PlotLook {

    /** Plot text is a little smaller than the graph's. */
    static final double TEXT_SCALE = 0.85;

    private static final List<Double> GUIDE_DASHES = List.of(4.0, 3.0);
    private static final List<Double> MARKER_DASHES = List.of(6.0, 4.0);

    private final Palette palette;

    public PlotLook(Palette palette) {
        this.palette = palette;
    }

    /**
     * The largest text a plot of this size can have and still leave room to plot: large type on
     * a small panel (the projector theme at 1.5) makes the words smaller rather than the plot vanish.
     */
    static double largestEm(double width, double height) {
        return Math.max(1, Math.min(height / 11, width / 30));
    }

    public static PlotLook of(Theme theme) {
        return new PlotLook(Palette.of(theme));
    }

    String background() {
        return palette.color("background");
    }

    String text() {
        return palette.color("text");
    }

    String muted() {
        return palette.color("muted");
    }

    boolean bold() {
        return palette.boldNumbers();
    }

    /** J against the input. */
    Stroke curve() {
        return stroke("text", 2, List.of());
    }

    /** The tangent with backprop's slope. */
    Stroke tangent() {
        return stroke("backward", 2, List.of());
    }

    /** The nudge's triangle: Δx along, ΔJ up, and the slope between. */
    Stroke nudge() {
        return stroke("forward", 2, List.of());
    }

    String nudgeFill() {
        return DerivedColor.lighter(palette.color("forward"), 0.8);
    }

    /** A plot's frame and tick marks. */
    Stroke frame() {
        return stroke("edge", 1, List.of());
    }

    /** The magnified window and the box that says where it is. */
    Stroke magnifier() {
        return stroke("selected", 1.5, List.of());
    }

    /** The lines from the box to the magnified window. */
    Stroke guide() {
        return stroke("selected", 1, GUIDE_DASHES);
    }

    /** The forward difference's error in the h plot, in the nudge's colour. */
    Stroke forwardError() {
        return stroke("forward", 2, List.of());
    }

    /** The central difference's error. */
    Stroke centralError() {
        return stroke("selected", 2, List.of());
    }

    /** The h the nudge uses now. */
    Stroke marker() {
        return stroke("text", 1, MARKER_DASHES);
    }

    private Stroke stroke(String color, double lightWidth, List<Double> dashes) {
        return new Stroke(palette.color(color), lightWidth * palette.strokeScale(), dashes);
    }
}
