package studio.backprop.presentation;

import java.util.List;

import studio.backprop.presentation.Shape.Stroke;

/**
 * How every plot looks in one theme and at one text size: training's (the loss curve, the
 * parameters' paths, the data with its decision boundary) and the nudge panel's (the slope
 * picture, the h plot). Every line width, marker size and colour, for the window and every export
 * alike, as {@link GraphStyle} is for the graph. Colours come from the
 * theme's {@link Palette}: forward blue for the curve and for examples labelled 1, backward orange
 * for the per-epoch curve and examples labelled 0, a pair colour-blind viewers tell apart; the two
 * sides of the boundary are tints of the same two, mixed towards the background so that dark
 * themes get dark tints. In the nudge panel's plots the curve is in the text's colour, backprop's
 * tangent in the backward pass's, the nudge's triangle in the forward pass's (a nudge is forward
 * passes), the magnifier in the colour that marks the nudged input.
 */
public final class PlotStyle {

    /** Tick labels are a little smaller than the titles. */
    public static final double TICK_SCALE = 0.85;
    /** A marker's radius, in em. */
    public static final double MARKER_EM = 0.36;

    private static final double AXIS_WIDTH = 1;
    private static final double GRID_WIDTH = 0.75;
    private static final double CURVE_WIDTH = 2.2;
    private static final double THIN_CURVE_WIDTH = 1.2;
    private static final double BOUNDARY_WIDTH = 2.5;
    /** How far a tint goes towards the background: the data must stand out on it. */
    private static final double TINT = 0.84;
    /** Grid lines are the muted colour most of the way to the background. */
    private static final double GRID_FADE = 0.75;
    /** The per-step curve of stochastic and mini-batch descent stays behind the per-epoch one. */
    private static final double STEP_CURVE_FADE = 0.45;
    /** Colours of the parameters' paths in turn, then the same again dashed. */
    private static final List<String> PATH_COLORS = List.of("forward", "backward", "selected", "flag", "text", "muted");
    private static final List<Double> DASHES = List.of(6.0, 4.0);
    private static final List<Double> GUIDE_DASHES = List.of(4.0, 3.0);

    private final Palette palette;
    private final double em;

    /** The look in {@code theme}'s palette, with text of {@code em} pixels. */
    public PlotStyle(Palette palette, double em) {
        this.palette = palette;
        this.em = em;
    }

    public static PlotStyle of(Theme theme, double em) {
        return new PlotStyle(Palette.of(theme), em);
    }

    /**
     * This look with the largest text a plot of {@code width} × {@code height} can have and still
     * leave room to plot: large type on a small panel (the projector theme at 1.5) makes the
     * words smaller rather than the plot vanish.
     */
    public PlotStyle fitting(double width, double height) {
        double largest = Math.max(1, Math.min(height / 11, width / 30));
        return em > largest ? new PlotStyle(palette, largest) : this;
    }

    /** The text size of titles, in pixels. */
    public double em() {
        return em;
    }

    public double tickSize() {
        return em * TICK_SCALE;
    }

    public double markerRadius() {
        return em * MARKER_EM;
    }

    public String background() {
        return palette.color("background");
    }

    /** The colour of words. */
    public String text() {
        return palette.color("text");
    }

    /** The colour of tick labels. */
    public String muted() {
        return palette.color("muted");
    }

    /** Whether the theme sets numbers in bold. */
    public boolean boldNumbers() {
        return palette.boldNumbers();
    }

    /** Titles, legends and axis names. */
    public GraphStyle.Line title(String text) {
        return new GraphStyle.Line(text, text(), true, em);
    }

    public GraphStyle.Line tick(String text) {
        return new GraphStyle.Line(text, muted(), boldNumbers(), tickSize());
    }

    /** Words in a plot, and legends: the size of the ticks, in the text's colour. */
    public GraphStyle.Line label(String text) {
        return new GraphStyle.Line(text, text(), boldNumbers(), tickSize());
    }

    /** The note in an empty plot. */
    public GraphStyle.Line note(String text) {
        return new GraphStyle.Line(text, muted(), false, tickSize());
    }

    public Stroke axis() {
        return stroke(muted(), AXIS_WIDTH, List.of());
    }

    public Stroke grid() {
        return stroke(DerivedColor.mix(muted(), background(), GRID_FADE), GRID_WIDTH, List.of());
    }

    /** The loss per step: the curve itself for gradient descent. */
    public Stroke curve() {
        return stroke(palette.color("forward"), CURVE_WIDTH, List.of());
    }

    /** The loss per step of stochastic and mini-batch descent, behind the loss per epoch. */
    public Stroke stepCurve() {
        return stroke(DerivedColor.mix(palette.color("forward"), background(), STEP_CURVE_FADE), THIN_CURVE_WIDTH, List.of());
    }

    /** J on all rows after each epoch. */
    public Stroke epochCurve() {
        return stroke(palette.color("backward"), CURVE_WIDTH, List.of());
    }

    public String epochMarker() {
        return palette.color("backward");
    }

    /** The k-th parameter element's path, from 0. */
    public Stroke path(int k) {
        String color = palette.color(PATH_COLORS.get(k % PATH_COLORS.size()));
        return stroke(color, CURVE_WIDTH, k / PATH_COLORS.size() % 2 == 0 ? List.of() : DASHES);
    }

    /** The decision boundary, where σ(z) = 0.5. */
    public Stroke boundary() {
        return stroke(text(), BOUNDARY_WIDTH, List.of());
    }

    /** An example labelled 1 (a disc), or 0 (a triangle). */
    public String example(boolean positive) {
        return palette.color(positive ? "forward" : "backward");
    }

    /** The side of the boundary where the model says 1, or 0. */
    public String side(boolean positive) {
        return DerivedColor.mix(example(positive), background(), TINT);
    }

    /** The ring around the examples the last step used. */
    public Stroke ring() {
        return stroke(text(), CURVE_WIDTH, List.of());
    }

    /** The slope picture's curve: J against the input. */
    public Stroke function() {
        return stroke(text(), 2, List.of());
    }

    /** The tangent with backprop's slope. */
    public Stroke tangent() {
        return stroke(palette.color("backward"), 2, List.of());
    }

    /** The nudge's triangle: Δx along, ΔJ up, and the slope between; also the forward difference's error in the h plot. */
    public Stroke nudge() {
        return stroke(palette.color("forward"), 2, List.of());
    }

    public String nudgeFill() {
        return DerivedColor.lighter(palette.color("forward"), 0.8);
    }

    /** The magnified window and the box that says where it is. */
    public Stroke magnifier() {
        return stroke(palette.color("selected"), 1.5, List.of());
    }

    /** The lines from the box to the magnified window. */
    public Stroke guide() {
        return stroke(palette.color("selected"), 1, GUIDE_DASHES);
    }

    /** The central difference's error in the h plot. */
    public Stroke centralError() {
        return stroke(palette.color("selected"), 2, List.of());
    }

    /** The h the nudge uses now, in the h plot. */
    public Stroke hMarker() {
        return stroke(text(), 1, DASHES);
    }

    /** A line in the theme's weight, as {@link GraphStyle} weighs the graph's. */
    private Stroke stroke(String color, double lightWidth, List<Double> dashes) {
        return new Stroke(color, lightWidth * palette.strokeScale(), dashes);
    }
}
