package studio.backprop.presentation.plot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import studio.backprop.presentation.GraphStyle.Line;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.PlotStyle;
import studio.backprop.training.Series;
import studio.backprop.training.TrainingCurves;

/**
 * The parameters' paths: how each parameter, or each element of a vector or matrix parameter,
 * moved from step to step, a line each, named at its end (w[1], b). Names that would overlap are
 * pushed apart. A parameter that never moves is a flat line: the picture of a step activation's
 * stuck weights.
 */
public final class ParameterPathsPicture {

    /** More lines than this are not told apart; the title says how many are left out. */
    static final int MOST_LINES = 12;
    private static final int TICKS = 5;

    private ParameterPathsPicture() {
    }

    public static Picture of(TrainingCurves curves, PlotStyle style, double width, double height) {
        PlotParts parts = new PlotParts(style, width, height);
        List<Series> shown = curves.parameters().subList(0, Math.min(MOST_LINES, curves.parameters().size()));
        int hidden = curves.parameters().size() - shown.size();
        Axes.title(parts, "Parameters" + (hidden > 0 ? " (the first " + MOST_LINES + "; " + hidden + " more)" : ""));
        NiceTicks x = NiceTicks.of(0, Math.max(1, curves.steps()), TICKS);
        NiceTicks y = valueTicks(shown);
        double labels = 0;
        for (Series series : shown) labels = Math.max(labels, PlotParts.width(name(style, series, 0)));
        PlotArea frame = Axes.frame(parts, x, y, null, false, labels + 2 * Axes.GAP_EM * style.em());
        Axes.draw(parts, frame, x, y, "step", null);
        List<double[]> ends = new ArrayList<>();
        for (int k = 0; k < shown.size(); k++) {
            Series series = shown.get(k);
            LossCurvePicture.curve(parts, frame, series, style.path(k));
            double last = series.y(series.size() - 1);
            if (Double.isFinite(last)) ends.add(new double[] {frame.py(last), k});
        }
        names(parts, frame, shown, ends);
        return parts.picture();
    }

    /** A line's name as it is written beside its end: bold, in the line's colour. */
    private static Line name(PlotStyle style, Series series, int k) {
        Line tick = style.tick(series.name());
        return new Line(tick.text(), style.path(k).color(), true, tick.size());
    }

    /** Every value the lines take that is a number, in round steps. */
    private static NiceTicks valueTicks(List<Series> shown) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Series series : shown) {
            for (int i = 0; i < series.size(); i++) {
                if (!Double.isFinite(series.y(i))) continue;
                low = Math.min(low, series.y(i));
                high = Math.max(high, series.y(i));
            }
        }
        if (low > high) return NiceTicks.of(0, 1, TICKS);
        return NiceTicks.of(low, high, TICKS);
    }

    /** Each line's name beside its end, in its colour, moved apart where ends are closer than a line of text. */
    private static void names(PlotParts parts, PlotArea frame, List<Series> shown, List<double[]> ends) {
        PlotStyle style = parts.style();
        double height = style.tickSize() * 1.1;
        ends.sort(Comparator.comparingDouble(end -> end[0]));
        double[] placed = new double[ends.size()];
        for (int i = 0; i < ends.size(); i++) {
            placed[i] = i == 0 ? ends.get(i)[0] : Math.max(ends.get(i)[0], placed[i - 1] + height);
        }
        // If the names ran off the bottom, push them all back up together.
        double overflow = ends.isEmpty() ? 0 : placed[placed.length - 1] - frame.pixels().bottom();
        for (int i = 0; i < placed.length && overflow > 0; i++) placed[i] -= overflow;
        for (int i = 0; i < ends.size(); i++) {
            int k = (int) ends.get(i)[1];
            Line name = name(style, shown.get(k), k);
            parts.leftAligned("labels", frame.pixels().right() + Axes.GAP_EM * style.em(), placed[i] + name.size() * 0.35, name);
        }
    }
}
