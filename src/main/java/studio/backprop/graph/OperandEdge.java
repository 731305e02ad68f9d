package studio.backprop.graph;

import org.jgrapht.graph.DefaultEdge;

/**
 * An edge from an operand to the node that uses it, knowing which operand it is: in {@code a - b}
 * the edge from a has slot 0 and the edge from b slot 1. Identity equality, so {@code x*x} can
 * have two edges between the same pair of nodes.
 *
 * <p>It extends JGraphT's {@link DefaultEdge} only so that JGraphT keeps its endpoints in the edge
 * itself rather than in a second object per edge.
 */
public final class OperandEdge extends DefaultEdge {

    private static final long serialVersionUID = 1L;


    private final transient Node operand;
    private final transient Node user;
    private final int slot;
    private final int position;

    OperandEdge(Node operand, Node user, int slot, int position) {
        this.operand = operand;
        this.user = user;
        this.slot = slot;
        this.position = position;
    }

    /** The edge's source: the node whose value flows along it. */
    public Node operand() {
        return operand;
    }

    /** The edge's target: the node that takes the operand's value. */
    public Node user() {
        return user;
    }

    public int slot() {
        return slot;
    }

    /**
     * Whether both ends are numbers and the user works on numbers, so the edge carries one local
     * derivative ∂user/∂operand; otherwise it joins vectors or matrices and has a local Jacobian.
     */
    public boolean betweenNumbers() {
        return user.shape().isScalar() && operand.shape().isScalar() && user.op().isElementwise();
    }

    /** A dense index over all edges of the graph, grouped by user in topological order. */
    public int position() {
        return position;
    }

    /** Identity equality with the dense position as hash, as for {@link Node#hashCode()}. */
    @Override
    public int hashCode() {
        return position;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public String toString() {
        return operand.id() + "->" + user.id() + "#" + slot;
    }
}
