package studio.backprop.presentation;

import java.util.List;

import studio.backprop.layout.NodeKind;
import studio.backprop.presentation.Shape.Stroke;

/**
 * How each node and edge looks at a step, in one theme: the rules of the app's
 * {@code ui/studio.css} (graph canvas section) applied to the theme's {@link Palette}. Every exporter
 * draws through this class, so they cannot drift apart, and a change to the screen's look is made
 * here once for all of them.
 *
 * <p>Line widths are the screen's, times the theme's {@link Palette#strokeScale()}.
 */
public final class GraphStyle {

    /** Edge labels are a little smaller than node text, as on screen. */
    public static final double EDGE_LABEL_SCALE = 0.9;
    /** The title line is as large as the app's step caption (20 px beside 16 px node text). */
    public static final double TITLE_SCALE = 1.25;
    /** The arrowhead's length, in em. */
    public static final double ARROW_EM = 0.55;
    /** Half the opening angle of an arrowhead. */
    public static final double ARROW_SPREAD_DEGREES = 25;
    /**
     * Lines end flat, as the app's style sheet sets them ({@code -fx-stroke-line-cap: butt}):
     * square caps would lengthen every dash by the line's width and close the gaps of the NaN
     * flag's 8-4 pattern at width 4.
     */
    public static final boolean SQUARE_CAPS = false;

    private static final double NODE_RADIUS = 6;
    private static final double INPUT_RADIUS = 20;
    private static final double PLATE_RADIUS = 3;

    /** A line of text and how it is painted. */
    public record Line(String text, String color, boolean bold) {
    }

    /** A node's box and lines; {@code value} and {@code gradient} are null when the node shows none. */
    public record NodeLook(String fill, Stroke stroke, double cornerRadius, Line label, Line value, Line gradient) {
    }

    /** An edge's route and arrowhead, and its label on a plate; {@code label} is null while hidden. */
    public record EdgeLook(Stroke stroke, String arrowFill, Line label, String plateFill, Stroke plateStroke,
                           double plateRadius) {
    }

    private final Palette palette;
    private final double strokeScale;
    /** The projector style sheet sets every number in bold, for the back row. */
    private final boolean boldNumbers;

    public GraphStyle(Palette palette) {
        this.palette = palette;
        this.strokeScale = palette.strokeScale();
        this.boldNumbers = palette.theme() == Theme.PROJECTOR;
    }

    public static GraphStyle of(Theme theme) {
        return new GraphStyle(Palette.of(theme));
    }

    public Palette palette() {
        return palette;
    }

    public String background() {
        return palette.color("background");
    }

    public NodeLook node(NodeKind kind, FrameContent.NodeText text) {
        Line label = new Line(text.label(), palette.color("text"), true);
        Line value = text.value() == null ? null
                : new Line(text.value(), palette.color(text.unknown() ? "unknown" : "forward"), boldNumbers);
        Line gradient = text.gradient() == null ? null : new Line(text.gradient(), palette.color("backward"), true);
        return new NodeLook(fill(kind), nodeStroke(kind, text), kind == NodeKind.INPUT ? INPUT_RADIUS : NODE_RADIUS,
                label, value, gradient);
    }

    public EdgeLook edge(FrameContent.EdgeText text) {
        String color = text.forwardActive() ? palette.color("forward")
                : text.backwardActive() ? palette.color("backward") : palette.color("edge");
        double width = text.forwardActive() || text.backwardActive() ? 3.5 : 1.6;
        Line label = text.local() == null ? null : new Line(text.local(), palette.color("backward"), true);
        Stroke plate = Stroke.solid(DerivedColor.lighter(palette.color("backward"), 0.5), strokeScale);
        return new EdgeLook(Stroke.solid(color, width * strokeScale), color, label, background(), plate, PLATE_RADIUS);
    }

    /** The optional title line above the graph: like the app's step caption. */
    public Line title(String text) {
        return new Line(text, palette.color("text"), boldNumbers);
    }

    private String fill(NodeKind kind) {
        return switch (kind) {
            case INPUT -> palette.color("input-fill");
            case CONSTANT -> palette.color("constant-fill");
            case OPERATION -> palette.color("operation-fill");
            case OUTPUT -> palette.color("output-fill");
        };
    }

    /** The border: by kind, then a NaN flag, then the active step, each overriding what it sets. */
    private Stroke nodeStroke(NodeKind kind, FrameContent.NodeText text) {
        String color = switch (kind) {
            case INPUT -> palette.color("input-stroke");
            case CONSTANT -> palette.color("edge");
            case OPERATION -> palette.color("operation-stroke");
            case OUTPUT -> palette.color("output-stroke");
        };
        double width = kind == NodeKind.OUTPUT ? 3.5 : 1.5;
        List<Double> dashes = kind == NodeKind.CONSTANT ? List.of(4.0, 3.0) : List.of();
        if (text.problem() != null) {
            color = palette.color("flag");
            width = 4;
            dashes = List.of(8.0, 4.0);
        }
        if (text.forwardActive() || text.backwardActive()) {
            color = palette.color(text.forwardActive() ? "forward" : "backward");
            width = 5;
        }
        return new Stroke(color, width * strokeScale, dashes);
    }
}
