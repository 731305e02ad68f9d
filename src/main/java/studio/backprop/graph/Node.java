package studio.backprop.graph;

import studio.backprop.expr.InputRole;
import studio.backprop.expr.Op;
import studio.backprop.expr.Span;
import studio.backprop.tensor.Shape;

/**
 * One vertex of a computation graph. Immutable, with identity equality: two nodes that compute the
 * same thing in tree mode are still two nodes. Values and gradients are never stored here; they
 * live in the results of the passes.
 */
public final class Node {

    private final int index;
    private final Op op;
    private final String label;
    private final boolean named;
    private final Span span;
    private final double constant;
    private final Shape shape;
    private final int element;
    private final InputRole role;

    Node(int index, Op op, String label, boolean named, Span span, double constant, Shape shape, int element,
         InputRole role) {
        this.role = role;
        this.index = index;
        this.op = op;
        this.label = label;
        this.named = named;
        this.span = span;
        this.constant = constant;
        this.shape = shape;
        this.element = element;
    }

    /** A scalar, a vector or a matrix. */
    /** A parameter that training updates, data whose rows are examples, or a plain input; plain for any other node. */
    public InputRole role() {
        return role;
    }

    public Shape shape() {
        return shape;
    }

    /** For an {@link Op#INDEX} node, the element it picks, row by row from 0; -1 for every other node. */
    public int element() {
        return element;
    }

    /** Position in the graph's topological order, from 0. */
    public int index() {
        return index;
    }

    /** "n1", "n2", ... in topological order. */
    public String id() {
        return "n" + (index + 1);
    }

    public Op op() {
        return op;
    }

    /** What the node's box shows beside its label: "+", "×", "σ"; empty for inputs and constants. */
    public String symbol() {
        return op.symbol();
    }

    /** The student's name for the node ("u", "J"), or a default chosen for it ("3", "π", "v"). */
    public String label() {
        return label;
    }

    /** Whether the student chose the label, as opposed to the builder. */
    public boolean isNamed() {
        return named;
    }

    /** Where in the program text the node came from. */
    public Span span() {
        return span;
    }

    /** The value of a {@link Op#CONST} node; NaN for every other op. */
    public double constant() {
        return constant;
    }

    public boolean isInput() {
        return op == Op.INPUT;
    }

    public boolean isConstant() {
        return op == Op.CONST;
    }

    /** Computed from operands, as opposed to an input or a constant. */
    public boolean isComputed() {
        return op.arity() != 0;
    }

    /**
     * Equality stays identity; the hash is the dense index, so hash maps keyed by nodes fill their
     * tables in order, which keeps million-node graphs cache-friendly.
     */
    @Override
    public int hashCode() {
        return index;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public String toString() {
        return id() + " " + label;
    }
}
