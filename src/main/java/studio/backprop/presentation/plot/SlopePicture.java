package studio.backprop.presentation.plot;

import java.util.ArrayList;
import java.util.List;

import studio.backprop.autodiff.SlopeSamples;
import studio.backprop.expr.Numbers;
import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.PlotStyle;
import studio.backprop.presentation.Shape;

/**
 * The course's slope picture for one input: J against the input around its value, with
 * backprop's tangent, and beside it the same curve magnified round the point, where the nudge's
 * small triangle can be seen ("it can be visually seen on a small triangle"): Δx = h along, ΔJ up,
 * its slope ΔJ/Δx next to the tangent's. The magnified window keeps the wide one's proportions
 * when the triangle fits, so the tangent has the same angle in both: close up, a smooth curve is
 * its tangent. At a kink it is not, and the picture shows why the two disagree.
 *
 * <p>JavaFX-free: the screen draws the same {@link Picture} the exporters write.
 */
public final class SlopePicture {

    /** Space round the panels and between them, in em. */
    private static final double PAD_EM = 0.5;
    /** The wide panel's share of the width. */
    private static final double WIDE_SHARE = 0.56;
    /** The wide plot's extra room above and below the curve. */
    private static final double Y_PADDING = 0.08;
    /** The marker of the magnified window is drawn at least this big, in em: the real window is far under a pixel. */
    private static final double LEAST_MARKER_EM = 0.7;

    private final PlotStyle style;
    private final double em;

    /** In {@code style}, whose em is the size of the graph's text; the plot's is a little smaller. */
    public SlopePicture(PlotStyle style) {
        this.style = style;
        this.em = style.em();
    }

    /**
     * The picture of {@code samples} in {@code width} × {@code height}; the tangent only if
     * {@code withTangent}, for before the backward pass has reached the input.
     */
    public Picture compose(SlopeSamples samples, double width, double height, boolean withTangent) {
        PlotStyle fitted = style.fitting(width, height);
        if (fitted != style) return new SlopePicture(fitted).compose(samples, width, height, withTangent);
        PlotParts parts = new PlotParts(style, width, height);
        double size = style.tickSize();
        double pad = PAD_EM * em;
        double titleLine = 1.4 * size;
        double legendLine = 1.6 * size;
        double top = pad + titleLine;
        double bottom = height - pad - legendLine;
        double wideWidth = (width - 3 * pad) * WIDE_SHARE;
        Rect wideBox = new Rect(pad, top, wideWidth, Math.max(1, bottom - top));
        Rect closeBox = new Rect(2 * pad + wideWidth, top, width - 3 * pad - wideWidth, wideBox.height());

        PlotArea wide = wideArea(samples, parts, wideBox);
        parts.leftAligned("title", wide.pixels().x(), pad + size, style.label(samples.output() + " against " + samples.input()));
        parts.rightAligned("title", closeBox.right(), pad + size, style.label("magnified " + Numbers.format(samples.magnification()) + "×"));
        parts.panel("frame", wide.pixels(), style.axis());
        for (List<Point> piece : wide.polylines(samples.wide().x(), samples.wide().j())) parts.line("curves", piece, style.function());
        boolean pointKnown = Double.isFinite(samples.j()) && Double.isFinite(samples.x());
        PlotArea close = closeArea(samples, wide, closeBox);
        if (pointKnown) {
            if (withTangent && Double.isFinite(samples.slope())) tangent(parts, wide, samples);
            magnifierMarker(parts, wide, close, samples);
        }
        parts.panel("frame", close.pixels(), style.magnifier());
        for (List<Point> piece : close.polylines(samples.close().x(), samples.close().j())) parts.line("curves", piece, style.function());
        if (pointKnown) {
            if (withTangent && Double.isFinite(samples.slope())) tangent(parts, close, samples);
            triangle(parts, close, samples);
        }
        if (noValueAnywhere(samples.wide())) nothingToDraw(parts, samples, wide.pixels());
        parts.legend(pad, height - pad - 0.4 * size, width - 2 * pad, keys(samples, withTangent));
        return parts.picture();
    }

    private static boolean noValueAnywhere(SlopeSamples.Curve curve) {
        for (double j : curve.j()) {
            if (Double.isFinite(j)) return false;
        }
        return true;
    }

    /** Two empty frames would look like a plot that failed; say why they are empty instead. */
    private void nothingToDraw(PlotParts parts, SlopeSamples samples, Rect frame) {
        double middle = frame.x() + frame.width() / 2;
        double line = 1.3 * style.tickSize();
        double baseline = frame.y() + frame.height() / 2;
        parts.centred("title", middle, baseline - line / 2, style.label(samples.output() + " is NaN or ±∞"));
        parts.centred("title", middle, baseline + line / 2, style.label("for every " + samples.input() + " from "
                + Numbers.compact(samples.wide().from()) + " to " + Numbers.compact(samples.wide().to())));
    }

    /** The wide plot, with room on the left for J's two tick labels and below for x's three. */
    private PlotArea wideArea(SlopeSamples samples, PlotParts parts, Rect box) {
        double size = style.tickSize();
        double[] range = finiteRange(samples.wide().j(), samples.j());
        double spread = range[1] - range[0];
        double padding = spread > 0 ? spread * Y_PADDING : Math.max(1, Math.abs(range[0]) * 0.1);
        double yFrom = range[0] - padding;
        double yTo = range[1] + padding;
        String high = Numbers.compact(yTo);
        String low = Numbers.compact(yFrom);
        double labels = Math.max(PlotParts.width(style.tick(high)), PlotParts.width(style.tick(low))) + 0.4 * size;
        Rect plot = new Rect(box.x() + labels, box.y(), Math.max(1, box.width() - labels), Math.max(1, box.height() - 1.4 * size));
        parts.rightAligned("ticks", plot.x() - 0.2 * size, plot.y() + size, style.tick(high));
        parts.rightAligned("ticks", plot.x() - 0.2 * size, plot.bottom(), style.tick(low));
        double baseline = plot.bottom() + 1.2 * size;
        SlopeSamples.Curve curve = samples.wide();
        PlotArea area = new PlotArea(plot, curve.from(), curve.to(), yFrom, yTo);
        var from = style.tick(Numbers.compact(curve.from()));
        var to = style.tick(Numbers.compact(curve.to()));
        // Where the input is matters most: on a narrow plot the range's ends give way to it.
        double atLeft = plot.right();
        double atRight = plot.x();
        if (Double.isFinite(samples.x())) {
            var at = style.label(samples.input() + " = " + Numbers.format(samples.x()));
            double half = PlotParts.width(at) / 2;
            atLeft = area.px(samples.x()) - half - 0.5 * size;
            atRight = area.px(samples.x()) + half + 0.5 * size;
            parts.centred("ticks", area.px(samples.x()), baseline, at);
        }
        if (plot.x() + PlotParts.width(from) <= atLeft) parts.leftAligned("ticks", plot.x(), baseline, from);
        if (plot.right() - PlotParts.width(to) >= atRight) parts.rightAligned("ticks", plot.right(), baseline, to);
        return area;
    }

    /**
     * The magnified window, level with the wide plot: as many times narrower as the samples say,
     * and as tall as keeps the wide plot's proportions, unless the triangle or the tangent would
     * not fit in it.
     */
    private static PlotArea closeArea(SlopeSamples samples, PlotArea wide, Rect box) {
        Rect plot = new Rect(box.x(), wide.pixels().y(), box.width(), wide.pixels().height());
        double xSpan = samples.close().to() - samples.close().from();
        double unitsPerPixelY = (wide.yTo() - wide.yFrom()) / wide.pixels().height();
        double unitsPerPixelX = (wide.xTo() - wide.xFrom()) / wide.pixels().width();
        double ySpan = plot.height() * unitsPerPixelY * (xSpan / plot.width()) / unitsPerPixelX;
        double rise = Math.max(Math.abs(samples.deltaJ()), Math.abs(samples.slope() * samples.h()));
        if (Double.isFinite(rise) && rise > 0.7 * ySpan) ySpan = rise / 0.7;
        double middle = Double.isFinite(samples.jPlus()) ? (samples.j() + samples.jPlus()) / 2 : samples.j();
        if (!Double.isFinite(middle)) middle = 0;
        return new PlotArea(plot, samples.close().from(), samples.close().to(), middle - ySpan / 2, middle + ySpan / 2);
    }

    private void tangent(PlotParts parts, PlotArea area, SlopeSamples s) {
        double from = area.xFrom();
        double to = area.xTo();
        parts.line("curves", area.segment(from, s.j() + s.slope() * (from - s.x()), to, s.j() + s.slope() * (to - s.x())), style.tangent());
    }

    /** The point, a box round it standing for the magnified window, and guides to that window. */
    private void magnifierMarker(PlotParts parts, PlotArea wide, PlotArea close, SlopeSamples s) {
        Point at = wide.point(s.x(), s.j());
        if (!wide.pixels().contains(at.x(), at.y())) return;
        double half = LEAST_MARKER_EM * em / 2;
        Rect marker = new Rect(at.x() - half, at.y() - half, 2 * half, 2 * half);
        parts.outline("curves", marker, style.magnifier());
        Rect window = close.pixels();
        parts.line("curves", List.of(new Point(marker.right(), marker.y()), new Point(window.x(), window.y())), style.guide());
        parts.line("curves", List.of(new Point(marker.right(), marker.bottom()), new Point(window.x(), window.bottom())), style.guide());
        dot(parts, at);
    }

    /** Δx along from (x, J), ΔJ up to J(x + h), and the slope between, with their sizes written beside. */
    private void triangle(PlotParts parts, PlotArea close, SlopeSamples s) {
        Point start = close.point(s.x(), s.j());
        Point corner = close.point(s.x() + s.h(), s.j());
        Point end = close.point(s.x() + s.h(), s.jPlus());
        if (Double.isFinite(s.jPlus())) {
            parts.fill("curves", List.of(start, corner, end), style.nudgeFill());
            parts.line("curves", List.of(start, corner, end), style.nudge());
            parts.line("curves", List.of(start, end), style.nudge());
        }
        dot(parts, start);
        double size = style.tickSize();
        boolean up = !(s.jPlus() < s.j());
        double along = up ? corner.y() + 1.2 * size : corner.y() - 0.5 * size;
        along = Math.max(close.pixels().y() + size, Math.min(close.pixels().bottom() - 0.3 * size, along));
        parts.centred("labels", (start.x() + corner.x()) / 2, along, style.label("Δ" + s.input() + " = " + Numbers.format(s.h())));
        if (Double.isFinite(s.jPlus())) {
            String rise = "Δ" + s.output() + " = " + Numbers.format(s.deltaJ());
            double middle = (corner.y() + end.y()) / 2 + 0.35 * size;
            middle = Math.max(close.pixels().y() + size, Math.min(close.pixels().bottom() - 1.5 * size, middle));
            if (corner.x() + 0.3 * size + PlotParts.width(style.label(rise)) <= close.pixels().right()) {
                parts.leftAligned("labels", corner.x() + 0.3 * size, middle, style.label(rise));
            } else {
                // No room on the right: beyond ΔJ's far end, clear of the slope, which meets it there from
                // the left, and of Δx's words, which sit on the other side of the Δx leg.
                double beyond = up ? end.y() - 0.4 * size : end.y() + 1.2 * size;
                beyond = Math.max(close.pixels().y() + size, Math.min(close.pixels().bottom() - 0.3 * size, beyond));
                parts.rightAligned("labels", corner.x(), beyond, style.label(rise));
            }
        }
    }

    /** The point (x, J), in the text's colour. */
    private void dot(PlotParts parts, Point at) {
        parts.dot("points", at, style.tickSize() * 0.28, style.text(), Shape.Stroke.solid(style.text(), 1));
    }

    private List<PlotParts.Key> keys(SlopeSamples s, boolean withTangent) {
        List<PlotParts.Key> keys = new ArrayList<>();
        keys.add(new PlotParts.Key(style.function(), s.output()));
        if (withTangent) keys.add(new PlotParts.Key(style.tangent(), "backprop's slope " + Numbers.format(s.slope())));
        keys.add(new PlotParts.Key(style.nudge(), "Δ" + s.output() + "/Δ" + s.input() + " = "
                + Numbers.format(s.deltaJ() / s.h())));
        return keys;
    }

    /** The smallest and largest finite value, with {@code also} among them; 0 to 1 if there is none. */
    private static double[] finiteRange(double[] values, double also) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            if (Double.isFinite(value)) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        if (Double.isFinite(also)) {
            low = Math.min(low, also);
            high = Math.max(high, also);
        }
        return low <= high ? new double[] {low, high} : new double[] {0, 1};
    }
}
