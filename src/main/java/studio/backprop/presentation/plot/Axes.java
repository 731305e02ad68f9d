package studio.backprop.presentation.plot;

import java.util.List;

import studio.backprop.expr.Numbers;
import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.GraphStyle.Line;
import studio.backprop.presentation.PlotStyle;

/**
 * The frame every plot shares: a title line (with room for a legend on the line below it), the
 * plot area with grid lines at round numbers, the numbers along the left and the bottom, and the
 * name of the x axis under them. Sizes are in em of the style's text, so the projector theme's
 * larger type gets a larger frame.
 */
final class Axes {

    /** Space around the picture's edge and between its lines, in em. */
    static final double GAP_EM = 0.4;

    private Axes() {
    }

    /**
     * The plot area inside a picture, below its title (and a legend line if {@code legend}), with
     * room for the ticks, the y axis's name ({@code yName}, or null for none) on the left and
     * {@code rightRoom} pixels on the right.
     */
    static PlotArea frame(PlotParts parts, NiceTicks x, NiceTicks y, String yName, boolean legend, double rightRoom) {
        PlotStyle style = parts.style();
        double em = style.em();
        double gap = GAP_EM * em;
        double widest = 0;
        for (double tick : y.values()) widest = Math.max(widest, PlotParts.width(style.tick(Numbers.format(tick))));
        double top = gap + 1.3 * em * (legend ? 2 : 1) + gap;
        double name = yName == null ? 0 : PlotParts.width(style.title(yName)) + gap;
        double left = gap + name + widest + gap;
        double bottom = parts.height() - (gap + style.tickSize() * 1.2 + gap + em * 1.2);
        double right = parts.width() - Math.max(gap + parts.style().tickSize() / 2, rightRoom);
        Rect area = new Rect(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
        return new PlotArea(area, x.from(), x.to(), y.from(), y.to());
    }

    /** The title at the top left. */
    static void title(PlotParts parts, String title) {
        double em = parts.style().em();
        parts.leftAligned("title", GAP_EM * em, GAP_EM * em + em, parts.style().title(title));
    }

    /** The baseline of the legend line, under the title. */
    static double legendBaseline(PlotParts parts) {
        double em = parts.style().em();
        return GAP_EM * em + em + 1.3 * em;
    }

    /** The area's background and border, grid lines at the ticks, the numbers, and the axes' names ({@code yName} may be null). */
    static void draw(PlotParts parts, PlotArea frame, NiceTicks x, NiceTicks y, String xName, String yName) {
        PlotStyle style = parts.style();
        Rect area = frame.pixels();
        parts.panel("frame", area, style.axis());
        double em = style.em();
        double gap = GAP_EM * em;
        double tickBaseline = area.bottom() + gap + style.tickSize();
        for (double tick : x.values()) {
            double px = frame.px(tick);
            parts.line("grid", List.of(new Point(px, area.y()), new Point(px, area.bottom())), style.grid());
            parts.centred("ticks", px, tickBaseline, style.tick(Numbers.format(tick)));
        }
        for (double tick : y.values()) {
            double py = frame.py(tick);
            parts.line("grid", List.of(new Point(area.x(), py), new Point(area.right(), py)), style.grid());
            Line label = style.tick(Numbers.format(tick));
            parts.rightAligned("ticks", area.x() - gap, py + style.tickSize() * 0.35, label);
        }
        parts.centred("ticks", area.x() + area.width() / 2, tickBaseline + gap + em, style.title(xName));
        if (yName != null) {
            parts.leftAligned("ticks", gap, area.y() + area.height() / 2 + em * 0.35, style.title(yName));
        }
        // Again on top of whatever fills the area, such as the two sides of a boundary.
        parts.outline("border", area, style.axis());
    }
}
