package studio.backprop.graph;

import studio.backprop.expr.Span;

/**
 * What an operand of a node under construction stands for: a node already made (by index), or a
 * constant not made yet, since a constant's node is made next to the operation that uses it.
 */
final class Operand {

    final int node;
    final double value;
    final String label;
    final Span span;

    private Operand(int node, double value, String label, Span span) {
        this.node = node;
        this.value = value;
        this.label = label;
        this.span = span;
    }

    static Operand node(int index) {
        return new Operand(index, Double.NaN, null, null);
    }

    static Operand constant(double value, String label, Span span) {
        return new Operand(-1, value, label, span);
    }

    boolean isConstant() {
        return node < 0;
    }

    /** A node by index, a constant by the bits of its value: with {@link #isConstant()}, what merging compares. */
    long id() {
        return node >= 0 ? node : Double.doubleToLongBits(value);
    }
}
