package studio.backprop.layout;

import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;

/**
 * Estimates how much work a layered layout of a graph is, before running it.
 *
 * <p>What costs time in ELK Layered is not the nodes but the cells of its grid: every node plus
 * one dummy node per layer that an edge passes through. A program that uses an input deep down
 * draws a long edge from the first column, so 1,000 nodes can mean 30,000 cells. This counts them
 * for the layering ELK roughly arrives at: inputs in column 0, every other node one column right
 * of its furthest operand, and constants just left of their user.
 */
final class LayeringEstimate {

    private LayeringEstimate() {
    }

    /** Nodes plus long-edge dummies, in O(nodes + edges). */
    static long cells(ComputationGraph graph) {
        int[] column = new int[graph.size()];
        long dummies = 0;
        for (Node node : graph.nodes()) {
            int index = node.index();
            for (int slot = 0; slot < graph.operandCount(index); slot++) {
                column[index] = Math.max(column[index], column[graph.operand(index, slot)] + 1);
            }
        }
        for (int position = 0; position < graph.edgeCount(); position++) {
            OperandEdge edge = graph.edge(position);
            if (!edge.operand().isConstant()) {
                dummies += column[edge.user().index()] - column[edge.operand().index()] - 1;
            }
        }
        return graph.size() + dummies;
    }
}
