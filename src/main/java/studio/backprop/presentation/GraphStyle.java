package studio.backprop.presentation;

import java.util.ArrayList;
import java.util.List;

import studio.backprop.layout.EdgeShape;
import studio.backprop.layout.NodeKind;
import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.Shape.Stroke;

/**
 * How each node and edge looks at a step, in one theme: every number of the look (line widths,
 * dashes, corner radii, the arrowhead, text sizes) and which colour of the theme's {@link Palette}
 * goes where. The screen's canvas and every exporter draw through this class, so they cannot drift
 * apart, and a change to the look is made here once for all of them. The style sheets hold only
 * the palette.
 *
 * <p>Line widths are the light theme's, times the theme's {@link Palette#strokeScale()}; that
 * factor is applied in {@link #stroke} alone. Dashes and corner radii are the same in every theme.
 */
public final class GraphStyle {

    /** Edge labels are a little smaller than node text. */
    public static final double EDGE_LABEL_SCALE = 0.9;
    /** The title line is as large as the app's step caption (20 px beside 16 px node text). */
    public static final double TITLE_SCALE = 1.25;
    /** The arrowhead's sides, in em, on a thin line. */
    public static final double ARROW_EM = 0.55;
    /**
     * The arrowhead's sides in line widths at least, so that a thick line (the projector theme's
     * active edge is 7.7 px) never hides its head: the head is then more than 2.5 lines wide.
     */
    public static final double ARROW_LINE_WIDTHS = 3;
    /** Half the opening angle of an arrowhead. */
    public static final double ARROW_SPREAD_DEGREES = 25;
    /**
     * Lines end flat: square caps would lengthen every dash by the line's width and close the gaps
     * of the NaN flag's 8-4 pattern at width 4.
     */
    public static final boolean SQUARE_CAPS = false;

    private static final double NODE_WIDTH = 1.5;
    private static final double OUTPUT_WIDTH = 3.5;
    private static final double FLAGGED_WIDTH = 4;
    private static final double ACTIVE_NODE_WIDTH = 5;
    private static final double EDGE_WIDTH = 1.6;
    private static final double ACTIVE_EDGE_WIDTH = 3.5;
    private static final double PLATE_WIDTH = 1;
    /** The halo is the screen's alone (an export has no nudge), and keeps this width in every theme. */
    private static final double HALO_WIDTH = 3;

    private static final List<Double> CONSTANT_DASHES = List.of(4.0, 3.0);
    private static final List<Double> FLAGGED_DASHES = List.of(8.0, 4.0);
    private static final List<Double> HALO_DASHES = List.of(6.0, 4.0);

    private static final double NODE_RADIUS = 6;
    private static final double INPUT_RADIUS = 20;
    private static final double PLATE_RADIUS = 3;
    private static final double HALO_RADIUS = 12;
    /** The plate's border is the backward colour lightened half-way to white. */
    private static final double PLATE_BORDER_LIGHTER = 0.5;
    /** A last segment is never pulled back shorter than this, in pixels. */
    private static final double MIN_LAST_SEGMENT = 0.5;

    /** How far the halo stands off the box, in em. */
    private static final double HALO_GAP_EM = 0.3;
    /**
     * A value or dvar keeps this much space (in em) from each side of its box, inside the thickest
     * border the box can have, or it is drawn smaller rather than touch or spill out: the border
     * grows when the node is the active step, and its text must not move then.
     */
    private static final double NODE_SIDE_EM = 0.25;
    /** An edge label keeps this much space (in its own em) from each side of its plate, inside the plate's border. */
    private static final double PLATE_SIDE_EM = 0.25;

    /** A line of text and how it is painted; {@code size} in drawing pixels. */
    public record Line(String text, String color, boolean bold, double size) {
    }

    /** A node's box and lines; {@code value} and {@code gradient} are null when the node shows none. */
    public record NodeLook(String fill, Stroke stroke, double cornerRadius, Line label, Line value, Line gradient,
                           TensorLook tensor) {
    }

    /** An edge's route and arrowhead, and its label on a plate; {@code label} is null while hidden. */
    public record EdgeLook(Stroke stroke, String arrowFill, Line label, String plateFill, Stroke plateStroke,
                           double plateRadius) {
    }

    /** The dashed frame around the input picked for the nudge check, on screen. */
    public record HaloLook(Rect bounds, Stroke stroke, double cornerRadius) {
    }

    private final Palette palette;

    public GraphStyle(Palette palette) {
        this.palette = palette;
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

    /** A node's look in a box of {@code bounds} at font size {@code em}: long numbers shrink to fit the box. */
    public NodeLook node(NodeKind kind, Rect bounds, double em, FrameContent.NodeText text) {
        double thickest = Math.max(ACTIVE_NODE_WIDTH, FLAGGED_WIDTH) * palette.strokeScale();
        double room = bounds.width() - 2 * (NODE_SIDE_EM * em + thickest / 2);
        Line label = new Line(text.label(), palette.color("text"), true, em);
        Line value = text.value() == null ? null : fitted(text.value(),
                palette.color(text.unknown() ? "unknown" : "forward"), palette.boldNumbers(), em, room);
        Line gradient = text.gradient() == null ? null : fitted(text.gradient(), palette.color("backward"), true, em, room);
        double radius = within(bounds, kind == NodeKind.INPUT ? INPUT_RADIUS : NODE_RADIUS);
        TensorLook tensor = text.values() == null && text.gradients() == null ? null
                : TensorLooks.of(palette, text.values(), text.gradients(), em);
        return new NodeLook(fill(kind), nodeStroke(kind, text), radius, label, value, gradient, tensor);
    }

    /**
     * How a vector or matrix node's areas look: a heading, then a number per cell in a grid or a
     * fill per cell in a heat map, inside a thin outline; either area is null while it shows nothing.
     */
    public record TensorLook(CellsLook values, CellsLook gradients) {
    }

    /**
     * One area's look. {@code numbers} hold a grid's texts, already fitted to the cell width
     * (null for a heat map); {@code fills} a heat map's colours (null for a grid).
     */
    public record CellsLook(Line header, List<Line> numbers, List<String> fills, Stroke outline) {
    }

    /** An edge's look, its label on a plate of {@code plate} at font size {@code em}. */
    public EdgeLook edge(FrameContent.EdgeText text, Rect plate, double em) {
        String color = text.forwardActive() ? palette.color("forward")
                : text.backwardActive() ? palette.color("backward") : palette.color("edge");
        double width = text.forwardActive() || text.backwardActive() ? ACTIVE_EDGE_WIDTH : EDGE_WIDTH;
        double labelEm = em * EDGE_LABEL_SCALE;
        double room = plate.width() - 2 * (PLATE_SIDE_EM * labelEm + PLATE_WIDTH * palette.strokeScale() / 2);
        Line label = text.local() == null ? null : fitted(text.local(), palette.color("backward"), true, labelEm, room);
        Stroke plateStroke = stroke(DerivedColor.lighter(palette.color("backward"), PLATE_BORDER_LIGHTER), PLATE_WIDTH, List.of());
        return new EdgeLook(stroke(color, width, List.of()), color, label, background(), plateStroke,
                within(plate, PLATE_RADIUS));
    }

    /** The halo around a node's box of {@code bounds}. */
    public HaloLook halo(Rect bounds, double em) {
        double gap = HALO_GAP_EM * em;
        Rect halo = new Rect(bounds.x() - gap, bounds.y() - gap, bounds.width() + 2 * gap, bounds.height() + 2 * gap);
        return new HaloLook(halo, new Stroke(palette.color("selected"), HALO_WIDTH, HALO_DASHES), within(halo, HALO_RADIUS));
    }

    /** The element of a vector or matrix input picked for the nudge: its cell outlined in the halo's colour. */
    public HaloLook cellMark(Rect cell) {
        return new HaloLook(cell, new Stroke(palette.color("selected"), 2 * HALO_WIDTH, List.of()), 0);
    }

    /** The optional title line above the graph: like the app's step caption. */
    public Line title(String text, double size) {
        return new Line(text, palette.color("text"), palette.boldNumbers(), size);
    }

    /**
     * The arrowhead at the end of a route drawn {@code lineWidth} wide: a triangle, the tip first,
     * pointing from {@code from} to {@code tip}.
     */
    public static List<Point> arrowhead(Point from, Point tip, double em, double lineWidth) {
        double size = arrowSize(em, lineWidth);
        double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
        double spread = Math.toRadians(ARROW_SPREAD_DEGREES);
        return List.of(tip,
                new Point(tip.x() - size * Math.cos(angle - spread), tip.y() - size * Math.sin(angle - spread)),
                new Point(tip.x() - size * Math.cos(angle + spread), tip.y() - size * Math.sin(angle + spread)));
    }

    /** The length of an arrowhead's sides on a line {@code lineWidth} wide. */
    public static double arrowSize(double em, double lineWidth) {
        return Math.max(em * ARROW_EM, ARROW_LINE_WIDTHS * lineWidth);
    }

    /** How far the arrowhead of a thin line reaches back along the edge from its tip. */
    public static double arrowDepth(double em) {
        return arrowDepth(em, 0);
    }

    /** How far the arrowhead of a line {@code lineWidth} wide reaches back along the edge from its tip. */
    public static double arrowDepth(double em, double lineWidth) {
        return arrowSize(em, lineWidth) * Math.cos(Math.toRadians(ARROW_SPREAD_DEGREES));
    }

    /**
     * The route as it is drawn under its arrowhead: its end pulled back half-way into the head,
     * where the head is already wider than the line, so that a thick line's square end never
     * shows beside the head's point. The arrowhead itself still points at the route's real end.
     */
    public static List<Point> routeUnderArrowhead(List<Point> points, EdgeShape shape, double em, double lineWidth) {
        int n = points.size();
        Point end = points.get(n - 1);
        Point before = points.get(n - 2);
        double length = Math.hypot(end.x() - before.x(), end.y() - before.y());
        double pull = Math.min(arrowDepth(em, lineWidth) / 2, length - MIN_LAST_SEGMENT);
        if (pull <= 0) return points;
        double dx = (end.x() - before.x()) / length * pull;
        double dy = (end.y() - before.y()) / length * pull;
        List<Point> drawn = new ArrayList<>(points);
        drawn.set(n - 1, new Point(end.x() - dx, end.y() - dy));
        // A curve's last control point moves with its end, so the curve keeps its direction into the head.
        if (PathWriter.curved(points, shape)) drawn.set(n - 2, new Point(before.x() - dx, before.y() - dy));
        return drawn;
    }

    /** A line in the theme's weight: the one place the stroke scale is applied. */
    private Stroke stroke(String color, double lightWidth, List<Double> dashes) {
        return new Stroke(color, lightWidth * palette.strokeScale(), dashes);
    }

    /** A rare very long number is drawn smaller rather than spilling out of its box. */
    private static Line fitted(String text, String color, boolean bold, double size, double room) {
        double width = BundledFont.of(bold).width(text, size);
        return new Line(text, color, bold, width > room && room > 0 ? size * room / width : size);
    }

    /** A corner radius no larger than half the shorter side, so that every format rounds alike. */
    private static double within(Rect bounds, double radius) {
        return Math.min(radius, Math.min(bounds.width(), bounds.height()) / 2);
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
        double width = kind == NodeKind.OUTPUT ? OUTPUT_WIDTH : NODE_WIDTH;
        List<Double> dashes = kind == NodeKind.CONSTANT ? CONSTANT_DASHES : List.of();
        if (text.problem() != null) {
            color = palette.color("flag");
            width = FLAGGED_WIDTH;
            dashes = FLAGGED_DASHES;
        }
        if (text.forwardActive() || text.backwardActive()) {
            color = palette.color(text.forwardActive() ? "forward" : "backward");
            width = ACTIVE_NODE_WIDTH;
        }
        return stroke(color, width, dashes);
    }
}
