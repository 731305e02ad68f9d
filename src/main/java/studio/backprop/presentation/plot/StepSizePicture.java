package studio.backprop.presentation.plot;

import java.util.List;

import studio.backprop.autodiff.StepSizeSweep;
import studio.backprop.expr.Numbers;
import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.GraphStyle;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.PlotStyle;

/**
 * How h matters, as a log-log plot: |forward difference − backprop| and |central difference −
 * backprop| against h from 10⁻¹ on the left to 10⁻¹² on the right, as the h slider runs, with the
 * h in use marked. Going right, the truncation error falls (a straight line of slope 1, or 2 for
 * the central difference) until round-off takes over and it rises again. An error of exactly 0
 * (J is linear in the input, or the nudge happened to be exact) is drawn on the floor.
 *
 * <p>JavaFX-free: the screen draws the same {@link Picture} the exporters write.
 */
public final class StepSizePicture {

    private static final double PAD_EM = 0.5;
    /** The floor for an error of 0, below the smallest error there is. */
    private static final int DECADES_BELOW = 1;
    /** The x ticks: 10⁻¹, 10⁻⁴, 10⁻⁸, 10⁻¹². */
    private static final int[] H_TICKS = {1, 4, 8, 12};

    private final PlotStyle style;
    private final double em;

    /** In {@code style}, whose em is the size of the graph's text; the plot's is a little smaller. */
    public StepSizePicture(PlotStyle style) {
        this.style = style;
        this.em = style.em();
    }

    /** The sweep in {@code width} × {@code height}, with {@code h} marked. */
    public Picture compose(StepSizeSweep sweep, double h, double width, double height) {
        PlotStyle fitted = style.fitting(width, height);
        if (fitted != style) return new StepSizePicture(fitted).compose(sweep, h, width, height);
        PlotParts parts = new PlotParts(style, width, height);
        double size = style.tickSize();
        double pad = PAD_EM * em;
        int[] decades = decades(sweep);
        double labels = PlotParts.width(style.tick("10" + Numbers.superscript(-16))) + 0.4 * size;
        double top = pad + 1.4 * size;
        double bottom = height - pad - 1.6 * size - 1.5 * size;
        Rect plot = new Rect(pad + labels, top, Math.max(1, width - 2 * pad - labels), Math.max(1, bottom - top));
        PlotArea area = new PlotArea(plot, 1, 12, decades[0], decades[1]);
        parts.leftAligned("title", plot.x(), pad + size, style.label("|nudge − backprop| against h"));
        parts.panel("frame", plot, style.axis());
        ticks(parts, area, decades);
        double[] xs = new double[sweep.h().length];
        for (int i = 0; i < xs.length; i++) xs[i] = -Math.log10(sweep.h()[i]);
        for (List<Point> piece : area.polylines(xs, logs(sweep.forwardError(), decades[0]))) parts.line("curves", piece, style.nudge());
        for (List<Point> piece : area.polylines(xs, logs(sweep.centralError(), decades[0]))) parts.line("curves", piece, style.centralError());
        double at = -Math.log10(h);
        if (at >= 1 && at <= 12) {
            parts.line("curves", area.segment(at, decades[0], at, decades[1]), style.hMarker());
            String label = "h = " + Numbers.format(h);
            double x = area.px(at);
            double half = PlotParts.width(style.label(label)) / 2;
            x = Math.max(plot.x() + half, Math.min(plot.right() - half, x));
            parts.centred("labels", x, plot.y() + 1.1 * size, style.label(label));
        }
        parts.legend(pad, height - pad - 0.4 * size, width - 2 * pad, List.of(
                new PlotParts.Key(style.nudge(), "forward (J(x+h) − J(x))/h"),
                new PlotParts.Key(style.centralError(), "central (J(x+h) − J(x−h))/2h")));
        return parts.picture();
    }

    /** The powers of ten the error axis runs between: whole decades round every error that is not 0. */
    static int[] decades(StepSizeSweep sweep) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] errors : List.of(sweep.forwardError(), sweep.centralError())) {
            for (double error : errors) {
                if (error > 0 && Double.isFinite(error)) {
                    low = Math.min(low, error);
                    high = Math.max(high, error);
                }
            }
        }
        if (!(low <= high)) return new int[] {-17, -15};
        int from = (int) Math.floor(Math.log10(low)) - DECADES_BELOW;
        int to = Math.max(from + 2, (int) Math.ceil(Math.log10(high)));
        return new int[] {Math.max(from, to - 20), to};
    }

    /** log10 of each error, an error of 0 on the floor. */
    private static double[] logs(double[] errors, int floor) {
        double[] logs = new double[errors.length];
        for (int i = 0; i < errors.length; i++) logs[i] = errors[i] == 0 ? floor : Math.log10(errors[i]);
        return logs;
    }

    private void ticks(PlotParts parts, PlotArea area, int[] decades) {
        Rect plot = area.pixels();
        double size = style.tickSize();
        for (int tick : H_TICKS) {
            Point at = area.point(tick, decades[0]);
            parts.line("grid", List.of(at, new Point(at.x(), at.y() - 0.4 * size)), style.axis());
            GraphStyle.Line label = style.tick("10" + Numbers.superscript(-tick));
            double baseline = plot.bottom() + 1.2 * size;
            // The ends are set inside the plot's width, so the last does not run off the picture.
            if (tick == H_TICKS[0]) parts.leftAligned("ticks", at.x(), baseline, label);
            else if (tick == H_TICKS[H_TICKS.length - 1]) parts.rightAligned("ticks", at.x(), baseline, label);
            else parts.centred("ticks", at.x(), baseline, label);
        }
        // As many labelled decades as fit a line and a half apart, at most five.
        int fit = Math.max(1, Math.min(4, (int) Math.floor(plot.height() / (1.5 * size))));
        int step = Math.max(1, (int) Math.ceil((decades[1] - decades[0]) / (double) fit));
        for (int decade = decades[1]; decade >= decades[0]; decade -= step) {
            Point at = area.point(1, decade);
            parts.line("grid", List.of(at, new Point(at.x() + 0.4 * size, at.y())), style.axis());
            parts.rightAligned("ticks", plot.x() - 0.2 * size, at.y() + 0.35 * size, style.tick("10" + Numbers.superscript(decade)));
        }
    }
}
