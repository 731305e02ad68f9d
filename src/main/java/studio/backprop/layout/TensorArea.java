package studio.backprop.layout;

import studio.backprop.graph.Node;

/**
 * Where a vector or matrix node shows its numbers: its value on the left, its gradient on the
 * right, each as a grid of numbers when the tensor is small (up to {@value #MOST_GRID} by
 * {@value #MOST_GRID}) and as a heat map of cells when it is bigger. A vector is one column.
 *
 * @param values         the value's grid or heat map
 * @param gradients      the gradient's grid or heat map, of the same size
 * @param rows           rows of cells (a vector's length)
 * @param columns        columns of cells (1 for a vector)
 * @param grid           numbers in cells; otherwise a heat map, exact numbers on hover
 * @param valueHeader    anchor (centre, baseline) of the heading over the values: the node's name
 * @param gradientHeader anchor of the heading over the gradient: "dW1"
 */
public record TensorArea(Rect values, Rect gradients, int rows, int columns, boolean grid, Point valueHeader,
                         Point gradientHeader) {

    /** Tensors up to this many rows and columns show their numbers; bigger ones a heat map. */
    public static final int MOST_GRID = 4;

    /**
     * A vector or matrix node's first line, its name with its shape as the steps write it, then its
     * op: "W1 (3×2)", "u (3)  ·". The op comes after the shape so "u · 3" is never read as a product.
     */
    public static String labelLine(Node node) {
        String symbol = node.isInput() ? "" : node.symbol();
        return node.label() + " (" + node.shape() + ")" + (symbol.isEmpty() ? "" : "  " + symbol);
    }

    /** The cell of one element, row by row from 0, in the value's area or, with {@code gradient}, the gradient's. */
    public Rect cell(int element, boolean gradient) {
        Rect area = gradient ? gradients : values;
        double width = area.width() / columns;
        double height = area.height() / rows;
        int row = element / columns;
        int column = element % columns;
        return new Rect(area.x() + column * width, area.y() + row * height, width, height);
    }

    /** Where the number of a grid cell goes: its horizontal centre and baseline. */
    public Point anchor(int element, boolean gradient, double baselineBelowCenter) {
        Rect cell = cell(element, gradient);
        return new Point(cell.center().x(), cell.center().y() + baselineBelowCenter);
    }

    /** The element under a point in either area, or -1: for picking W1[3,2] to nudge. */
    public int elementAt(double x, double y) {
        for (boolean gradient : new boolean[] {false, true}) {
            Rect area = gradient ? gradients : values;
            if (area.contains(x, y)) {
                int column = Math.min(columns - 1, (int) ((x - area.x()) / (area.width() / columns)));
                int row = Math.min(rows - 1, (int) ((y - area.y()) / (area.height() / rows)));
                return row * columns + column;
            }
        }
        return -1;
    }
}
