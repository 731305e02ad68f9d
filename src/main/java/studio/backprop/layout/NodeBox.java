package studio.backprop.layout;

import studio.backprop.graph.Node;

/**
 * Where one node is drawn: its box, its column, and where its three lines of text go.
 *
 * <p>A text anchor is the horizontal centre and the baseline of its line: draw the text centred on
 * {@code x} (SVG {@code text-anchor="middle"}, JavaFX {@code TextAlignment.CENTER} with
 * {@code VPos.BASELINE}) at the drawing's font size, and it fits inside the box.
 *
 * @param node         the graph node this box stands for
 * @param kind         input, constant, operation or output
 * @param column       the layer the node sits in, from 0 at the left; columns that only carry edge
 *                     labels count too, so neighbouring node columns may differ by more than one
 * @param labelLine    anchor of the label and op symbol, such as {@code "v +"}
 * @param valueLine    anchor of the value
 * @param gradientLine anchor of the gradient, such as {@code "dv = 3"}
 * @param tensor       for a vector or matrix node, where its grids or heat maps go; null for a scalar
 */
public record NodeBox(Node node, NodeKind kind, int column, double x, double y, double width, double height,
                      Point labelLine, Point valueLine, Point gradientLine, TensorArea tensor) {

    public Rect bounds() {
        return new Rect(x, y, width, height);
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public Point center() {
        return new Point(x + width / 2, y + height / 2);
    }

    /** Whether a click at the point hits this box, border included. */
    public boolean contains(double px, double py) {
        return bounds().contains(px, py);
    }
}
