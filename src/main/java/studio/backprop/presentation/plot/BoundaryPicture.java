package studio.backprop.presentation.plot;

import java.util.ArrayList;
import java.util.List;

import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.GraphStyle.Line;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.PlotStyle;
import studio.backprop.presentation.Shape;
import studio.backprop.training.ClassificationData;
import studio.backprop.training.ScoreGrid;

/**
 * The examples in the plane of their two features, x₁ across and x₂ up, with the model's decision
 * boundary σ(z) = 0.5 through them: a disc for each example labelled 1, a triangle for each
 * labelled 0 (told apart by shape as well as colour, for the back row and for colour-blind
 * viewers), the side where the model says 1 tinted like the discs and the other like the triangles.
 * The examples the last step used are ringed.
 */
public final class BoundaryPicture {

    /** Points on the ring around an example the last step used. */
    private static final int RING_POINTS = 24;
    /** The ring's radius, in marker radii. */
    private static final double RING_RADII = 1.9;
    private static final int TICKS = 5;
    /** The width of the outline that closes seams between the shaded cells, in pixels. */
    private static final double SEAM = 0.5;

    private BoundaryPicture() {
    }

    /**
     * @param used the examples the last step used, counted from 1 as steps report them; empty for none
     */
    public static Picture of(ClassificationData data, ScoreGrid grid, int[] used, PlotStyle style, double width,
                             double height) {
        PlotParts parts = new PlotParts(style, width, height);
        Axes.title(parts, "Decision boundary σ(z) = 0.5");
        NiceTicks xTicks = NiceTicks.of(grid.x1Min(), grid.x1Max(), TICKS);
        NiceTicks yTicks = NiceTicks.of(grid.x2Min(), grid.x2Max(), TICKS);
        // The grid's own range, not widened to round numbers: the sides are only known inside it.
        NiceTicks x = new NiceTicks(grid.x1Min(), grid.x1Max(), xTicks.step());
        NiceTicks y = new NiceTicks(grid.x2Min(), grid.x2Max(), yTicks.step());
        PlotArea frame = Axes.frame(parts, x, y, "x₂", true, 0);
        Axes.draw(parts, frame, inside(xTicks, x), inside(yTicks, y), "x₁", "x₂");
        ZeroContour contour = ZeroContour.of(grid);
        sides(parts, frame, contour);
        for (List<Point> line : contour.lines()) {
            parts.line("boundary", line.stream().map(p -> frame.point(p.x(), p.y())).toList(), style.boundary());
        }
        for (int row : used) ring(parts, frame.point(data.x1(row - 1), data.x2(row - 1)), style);
        for (int i = 0; i < data.rows(); i++) marker(parts, "points", frame.point(data.x1(i), data.x2(i)), data.positive(i), style);
        legend(parts, style, used.length > 0);
        return parts.picture();
    }

    /** The ticks that fall inside the plot's range, with their own step. */
    private static NiceTicks inside(NiceTicks ticks, NiceTicks range) {
        double step = ticks.step();
        double from = Math.ceil(range.from() / step - 1e-9) * step;
        double to = Math.floor(range.to() / step + 1e-9) * step;
        return new NiceTicks(from, to, step);
    }

    private static void sides(PlotParts parts, PlotArea frame, ZeroContour contour) {
        PlotStyle style = parts.style();
        for (ZeroContour.Run run : contour.runs()) {
            double left = frame.px(run.x1From());
            double top = frame.py(run.x2To());
            Rect cells = new Rect(left, top, frame.px(run.x1To()) - left, frame.py(run.x2From()) - top);
            String fill = style.side(run.positive());
            // Outlined in its own colour, so that no seam of background shows between neighbours.
            parts.add("shading", new Shape.Box(cells, 0, fill, Shape.Stroke.solid(fill, SEAM)));
        }
        for (ZeroContour.Piece piece : contour.polygons()) {
            List<Point> corners = piece.corners().stream().map(p -> frame.point(p.x(), p.y())).toList();
            parts.add("shading", new Shape.Arrowhead(corners, style.side(piece.positive())));
        }
    }

    /** A disc for an example labelled 1, a triangle pointing up for one labelled 0, centred on {@code at}. */
    static void marker(PlotParts parts, String part, Point at, boolean positive, PlotStyle style) {
        double r = style.markerRadius();
        if (positive) {
            parts.dot(part, at, r, style.example(true), Shape.Stroke.solid(style.background(), 1));
        } else {
            // An equilateral triangle around the same centre, a little larger so it looks as heavy as the disc.
            double s = r * 1.25;
            parts.add(part, new Shape.Arrowhead(List.of(new Point(at.x(), at.y() - s),
                    new Point(at.x() + s * 0.866, at.y() + s * 0.5), new Point(at.x() - s * 0.866, at.y() + s * 0.5)),
                    style.example(false)));
        }
    }

    private static void ring(PlotParts parts, Point at, PlotStyle style) {
        double r = style.markerRadius() * RING_RADII;
        List<Point> circle = new ArrayList<>();
        for (int k = 0; k <= RING_POINTS; k++) {
            double angle = 2 * Math.PI * k / RING_POINTS;
            circle.add(new Point(at.x() + r * Math.cos(angle), at.y() + r * Math.sin(angle)));
        }
        parts.line("rings", circle, style.ring());
    }

    /** "● y = 1   ▲ y = 0   ◯ this step's rows" under the title. */
    private static void legend(PlotParts parts, PlotStyle style, boolean rings) {
        double em = style.em();
        double baseline = Axes.legendBaseline(parts);
        double middle = baseline - style.tickSize() * 0.35;
        double x = Axes.GAP_EM * em + style.markerRadius();
        for (boolean positive : new boolean[] {true, false}) {
            marker(parts, "legend", new Point(x, middle), positive, style);
            Line words = style.note(positive ? "y = 1" : "y = 0");
            parts.leftAligned("legend", x + style.markerRadius() * 2, baseline, words);
            x += style.markerRadius() * 2 + PlotParts.width(words) + em;
        }
        if (rings) {
            double r = style.markerRadius() * RING_RADII;
            ring(parts, new Point(x + r, middle), style);
            parts.leftAligned("legend", x + 2 * r + style.markerRadius(), baseline, style.note("this step's rows"));
        }
    }
}
