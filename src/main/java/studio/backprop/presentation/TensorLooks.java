package studio.backprop.presentation;

import java.util.ArrayList;
import java.util.List;

import studio.backprop.presentation.GraphStyle.CellsLook;
import studio.backprop.presentation.GraphStyle.Line;
import studio.backprop.presentation.GraphStyle.TensorLook;
import studio.backprop.presentation.Shape.Stroke;

/**
 * The look of a vector or matrix node's cells, from the theme's palette: values in the forward
 * colour and gradients in the backward colour, as scalars show them. In a heat map a positive
 * number is a tint of that colour and a negative one a tint of the text colour, stronger the
 * larger it is; an unknown one is left blank.
 */
final class TensorLooks {

    /** Grid numbers are a little smaller than node text, so that six characters fit a cell. */
    static final double NUMBER_SCALE = 0.85;
    static final double HEADER_SCALE = 0.8;
    /** A cell's number may use this much of the cell's width. */
    private static final double CELL_ROOM = 0.95;
    private static final double OUTLINE_WIDTH = 0.8;

    private TensorLooks() {
    }

    static TensorLook of(Palette palette, Cells values, Cells gradients, double em) {
        return new TensorLook(area(palette, values, "forward", em), area(palette, gradients, "backward", em));
    }

    private static CellsLook area(Palette palette, Cells cells, String hue, double em) {
        if (cells == null) return null;
        String color = palette.color(hue);
        Line header = new Line(cells.header(), color, true, em * HEADER_SCALE);
        Stroke outline = new Stroke(DerivedColor.lighter(color, 0.6), OUTLINE_WIDTH * palette.strokeScale(), List.of());
        if (cells.isGrid()) {
            List<Line> numbers = new ArrayList<>();
            for (String number : cells.numbers()) {
                String shade = "?".equals(number) ? palette.color("unknown") : color;
                numbers.add(new Line(number, shade, palette.boldNumbers(), em * NUMBER_SCALE));
            }
            return new CellsLook(header, numbers, null, outline);
        }
        List<String> fills = new ArrayList<>();
        for (double value : cells.heat()) fills.add(heat(palette, color, value, cells.scale()));
        return new CellsLook(header, null, fills, outline);
    }

    /** The fill of one heat-map cell: blank for unknown and for zero, full colour at the largest magnitude. */
    private static String heat(Palette palette, String color, double value, double scale) {
        if (!Double.isFinite(value) || scale == 0) return palette.color("background");
        double strength = Math.min(1, Math.abs(value) / scale);
        String tint = value >= 0 ? color : palette.color("text");
        return DerivedColor.mix(palette.color("background"), tint, strength);
    }

    /** Fits a grid number into its cell's width, as long numbers are fitted into a box. */
    static Line fitted(Line line, double cellWidth) {
        double width = BundledFont.of(line.bold()).width(line.text(), line.size());
        double room = cellWidth * CELL_ROOM;
        return width > room && room > 0 ? new Line(line.text(), line.color(), line.bold(), line.size() * room / width) : line;
    }
}
