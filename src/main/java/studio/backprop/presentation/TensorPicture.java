package studio.backprop.presentation;

import java.util.ArrayList;
import java.util.List;

import studio.backprop.layout.LayoutStyle;
import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.layout.TensorArea;
import studio.backprop.presentation.GraphStyle.CellsLook;
import studio.backprop.presentation.GraphStyle.Line;
import studio.backprop.presentation.GraphStyle.TensorLook;

/**
 * The shapes of a vector or matrix node's areas: the headings, an outline, and in each cell its
 * number (a grid) or its shade (a heat map). The exporters paint these shapes and the screen
 * builds the same ones, so a grid on a slide is the grid on the screen.
 */
public final class TensorPicture {

    private TensorPicture() {
    }

    /** The shapes for one node, moved by (dx, dy). */
    public static List<Shape> shapes(TensorArea area, TensorLook look, double em, double dx, double dy) {
        List<Shape> shapes = new ArrayList<>();
        if (look.values() != null) add(shapes, area, look.values(), false, em, dx, dy);
        if (look.gradients() != null) add(shapes, area, look.gradients(), true, em, dx, dy);
        return shapes;
    }

    private static void add(List<Shape> shapes, TensorArea area, CellsLook look, boolean gradient, double em,
                            double dx, double dy) {
        Rect bounds = gradient ? area.gradients() : area.values();
        Point header = gradient ? area.gradientHeader() : area.valueHeader();
        shapes.add(text(new Point(header.x() + dx, header.y() + dy), look.header()));
        shapes.add(new Shape.Box(moved(bounds, dx, dy), 0, "#ffffff", look.outline()));
        int cells = area.rows() * area.columns();
        double baseline = LayoutStyle.BASELINE_BELOW_CENTER_EM * em;
        for (int e = 0; e < cells; e++) {
            Rect cell = area.cell(e, gradient);
            if (look.numbers() != null) {
                Point anchor = area.anchor(e, gradient, baseline * TensorLooks.NUMBER_SCALE);
                Line number = TensorLooks.fitted(look.numbers().get(e), cell.width());
                shapes.add(text(new Point(anchor.x() + dx, anchor.y() + dy), number));
            } else {
                String fill = look.fills().get(e);
                shapes.add(new Shape.Box(moved(cell, dx, dy), 0, fill, Shape.Stroke.solid(fill, 0)));
            }
        }
    }

    private static Shape.Text text(Point anchor, Line line) {
        String shown = BundledFont.of(line.bold()).displayable(line.text());
        return new Shape.Text(anchor, shown, line.size(), line.bold(), line.color());
    }

    private static Rect moved(Rect r, double dx, double dy) {
        return new Rect(r.x() + dx, r.y() + dy, r.width(), r.height());
    }
}
