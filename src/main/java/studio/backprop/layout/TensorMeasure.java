package studio.backprop.layout;

import studio.backprop.graph.Node;
import studio.backprop.tensor.Shape;

/**
 * Sizes the box of a vector or matrix node, by {@link LayoutStyle}'s width estimate as for
 * scalars: a label line ("W1 3×2"), a line of headings (W1 over the values, dW1 over the
 * gradient), then the two areas side by side. A grid cell holds {@value BoxMeasure#VALUE_CHARS}
 * characters; a heat map's cells are squares sized so that the map stays about six em across.
 */
final class TensorMeasure {

    private static final double SIDE_PADDING_EM = 0.6;
    private static final double END_PADDING_EM = 0.3;
    /** Between the value's area and the gradient's. */
    private static final double GAP_EM = 1.0;
    /** Between a grid's columns: "0.09831 -0.09831" in bold must not run together. */
    private static final double COLUMN_GAP_EM = 0.7;
    private static final double HEAT_MAP_EM = 6;
    private static final double SMALLEST_CELL_EM = 0.12;
    private static final double LARGEST_CELL_EM = 0.8;

    private final LayoutStyle style;

    TensorMeasure(LayoutStyle style) {
        this.style = style;
    }

    static boolean isTensor(Node node) {
        return !node.shape().isScalar();
    }

    double width(Node node) {
        double areas = 2 * areaWidth(node.shape()) + GAP_EM * style.em();
        double label = style.textWidth(TensorArea.labelLine(node));
        double headers = 2 * style.textWidth(1 + node.label().length()) + GAP_EM * style.em();
        return Math.max(areas, Math.max(label, headers)) + 2 * SIDE_PADDING_EM * style.em();
    }

    double height(Node node) {
        return 2 * style.lineHeight() + areaHeight(node.shape()) + 2 * END_PADDING_EM * style.em();
    }

    /** The two areas inside a box placed at (x, y) with the width and height above. */
    TensorArea area(Node node, double x, double y, double width) {
        Shape shape = node.shape();
        int rows = shape.isMatrix() ? shape.rows() : shape.size();
        int columns = shape.isMatrix() ? shape.columns() : 1;
        double areaWidth = areaWidth(shape);
        double areaHeight = areaHeight(shape);
        double top = y + END_PADDING_EM * style.em() + 2 * style.lineHeight();
        double middle = x + width / 2;
        double gap = GAP_EM * style.em();
        Rect values = new Rect(middle - gap / 2 - areaWidth, top, areaWidth, areaHeight);
        Rect gradients = new Rect(middle + gap / 2, top, areaWidth, areaHeight);
        double headerBaseline = y + END_PADDING_EM * style.em() + 1.5 * style.lineHeight()
                + LayoutStyle.BASELINE_BELOW_CENTER_EM * style.em();
        return new TensorArea(values, gradients, rows, columns, isGrid(shape),
                new Point(values.center().x(), headerBaseline), new Point(gradients.center().x(), headerBaseline));
    }

    static boolean isGrid(Shape shape) {
        int rows = shape.isMatrix() ? shape.rows() : shape.size();
        int columns = shape.isMatrix() ? shape.columns() : 1;
        return rows <= TensorArea.MOST_GRID && columns <= TensorArea.MOST_GRID;
    }

    private double areaWidth(Shape shape) {
        int columns = shape.isMatrix() ? shape.columns() : 1;
        // A grid cell holds a value and its minus sign, "-0.09831".
        if (isGrid(shape)) return columns * (style.textWidth(BoxMeasure.VALUE_CHARS + 1) + COLUMN_GAP_EM * style.em());
        return columns * cell(shape);
    }

    private double areaHeight(Shape shape) {
        int rows = shape.isMatrix() ? shape.rows() : shape.size();
        if (isGrid(shape)) return rows * style.lineHeight();
        return rows * cell(shape);
    }

    /** A heat map's square cell: the map about six em across its longer side, within limits. */
    private double cell(Shape shape) {
        int longest = Math.max(shape.isMatrix() ? shape.rows() : shape.size(), shape.isMatrix() ? shape.columns() : 1);
        double em = Math.max(SMALLEST_CELL_EM, Math.min(LARGEST_CELL_EM, HEAT_MAP_EM / longest));
        return em * style.em();
    }
}
