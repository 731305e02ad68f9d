package studio.backprop.presentation.plot;

import java.util.List;

import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.PlotStyle;
import studio.backprop.presentation.Shape;
import studio.backprop.training.Series;
import studio.backprop.training.TrainingCurves;

/**
 * The loss curve: J at each step, against the step. For stochastic and mini-batch descent each
 * step's J is on its own rows and jumps about, so it is drawn thin, with J on all rows after each
 * epoch over it, thick, a dot per epoch. A loss that is not a number (a run that blew up) leaves a
 * gap rather than a line to nowhere.
 */
public final class LossCurvePicture {

    /** Up to this many epochs each get a dot. */
    static final int MOST_DOTS = 60;
    private static final int TICKS = 5;

    private LossCurvePicture() {
    }

    public static Picture of(TrainingCurves curves, PlotStyle style, double width, double height) {
        PlotParts parts = new PlotParts(style, width, height);
        Axes.title(parts, "Loss " + curves.stepLosses().name() + (curves.fullBatch() ? " per step" : ""));
        int steps = Math.max(1, curves.steps());
        NiceTicks x = NiceTicks.of(0, steps, TICKS);
        NiceTicks y = lossTicks(curves);
        PlotArea frame = Axes.frame(parts, x, y, "J", !curves.fullBatch(), 0);
        Axes.draw(parts, frame, x, y, "step", "J");
        if (curves.steps() == 0) {
            Rect area = frame.pixels();
            parts.centred("note", area.x() + area.width() / 2, area.y() + area.height() / 2,
                    style.note("No steps yet: Step, Epoch or Run"));
            return parts.picture();
        }
        if (curves.fullBatch()) {
            curve(parts, frame, curves.stepLosses(), style.curve());
        } else {
            curve(parts, frame, curves.stepLosses(), style.stepCurve());
            curve(parts, frame, curves.epochLosses(), style.epochCurve());
            if (curves.epochLosses().size() <= MOST_DOTS) dots(parts, frame, curves.epochLosses(), style);
            legend(parts, style);
        }
        return parts.picture();
    }

    /** From 0 (or the least loss, if below 0) to the greatest that is a number, in round steps. */
    static NiceTicks lossTicks(TrainingCurves curves) {
        double low = 0;
        double high = Double.NEGATIVE_INFINITY;
        for (Series series : List.of(curves.stepLosses(), curves.epochLosses())) {
            for (int i = 0; i < series.size(); i++) {
                double loss = series.y(i);
                if (!Double.isFinite(loss)) continue;
                low = Math.min(low, loss);
                high = Math.max(high, loss);
            }
        }
        return NiceTicks.of(low, high == Double.NEGATIVE_INFINITY || high <= low ? low + 1 : high, TICKS);
    }

    /** The series as lines between its points, broken where a point is not a number. */
    static void curve(PlotParts parts, PlotArea frame, Series series, Shape.Stroke stroke) {
        double[] xs = new double[series.size()];
        double[] ys = new double[series.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = series.x(i);
            ys[i] = series.y(i);
        }
        for (List<Point> piece : frame.polylines(xs, ys)) parts.line("curves", piece, stroke);
    }

    private static void dots(PlotParts parts, PlotArea frame, Series series, PlotStyle style) {
        double r = style.markerRadius() * 0.8;
        for (int i = 0; i < series.size(); i++) {
            if (!Double.isFinite(series.y(i))) continue;
            parts.dot("points", frame.point(series.x(i), series.y(i)), r, style.epochMarker(), Shape.Stroke.solid(style.background(), 1));
        }
    }

    /** "— each step's rows   — all rows, per epoch", each with a sample of its line, under the title. */
    private static void legend(PlotParts parts, PlotStyle style) {
        double gap = Axes.GAP_EM * style.em();
        parts.legend(gap, Axes.legendBaseline(parts), parts.width() - 2 * gap, List.of(
                new PlotParts.Key(style.stepCurve(), "each step's rows"), new PlotParts.Key(style.epochCurve(), "all rows, per epoch")));
    }
}
