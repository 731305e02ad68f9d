package studio.backprop.presentation;

import java.util.List;

import studio.backprop.presentation.Shape.Stroke;

/**
 * How the training plots look (the loss curve, the parameters' paths, the data with its decision
 * boundary) in one theme and at one text size: every line width, marker size and colour, for the
 * window and every export alike, as {@link GraphStyle} is for the graph. Colours come from the
 * theme's {@link Palette}: forward blue for the curve and for examples labelled 1, backward orange
 * for the per-epoch curve and examples labelled 0, a pair colour-blind viewers tell apart; the two
 * sides of the boundary are tints of the same two, mixed towards the background so that dark
 * themes get dark tints.
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
    private static final List<Double> PATH_DASHES = List.of(6.0, 4.0);

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

    /** Titles, legends and axis names. */
    public GraphStyle.Line title(String text) {
        return new GraphStyle.Line(text, palette.color("text"), true, em);
    }

    public GraphStyle.Line tick(String text) {
        return new GraphStyle.Line(text, palette.color("muted"), palette.boldNumbers(), tickSize());
    }

    /** The note in an empty plot. */
    public GraphStyle.Line note(String text) {
        return new GraphStyle.Line(text, palette.color("muted"), false, tickSize());
    }

    public Stroke axis() {
        return stroke(palette.color("muted"), AXIS_WIDTH, List.of());
    }

    public Stroke grid() {
        return stroke(DerivedColor.mix(palette.color("muted"), background(), GRID_FADE), GRID_WIDTH, List.of());
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
        return stroke(color, CURVE_WIDTH, k / PATH_COLORS.size() % 2 == 0 ? List.of() : PATH_DASHES);
    }

    /** The decision boundary, where σ(z) = 0.5. */
    public Stroke boundary() {
        return stroke(palette.color("text"), BOUNDARY_WIDTH, List.of());
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
        return stroke(palette.color("text"), CURVE_WIDTH, List.of());
    }

    /** A line in the theme's weight, as {@link GraphStyle} weighs the graph's. */
    private Stroke stroke(String color, double lightWidth, List<Double> dashes) {
        return new Stroke(color, lightWidth * palette.strokeScale(), dashes);
    }
}
