package studio.backprop.layout;

import java.util.ArrayDeque;
import java.util.Deque;

import studio.backprop.graph.ComputationGraph;

/**
 * The order in which a student reads a graph from top to bottom: a post-order walk from the output
 * that visits operands in slot order, so each first operand's whole subtree comes before the
 * second's; nodes the output does not use follow, in program order.
 *
 * <p>The ordering phase ({@link LayerOrdering}) starts from this order: on a tree it already has
 * no crossings, with operands in slot order, so a tree is drawn that way; and since it follows the
 * program's structure rather than node numbers, an edit elsewhere in the program leaves it mostly
 * unchanged. An edge gets a place in the same order (its {@link #edgeKey}), for the long-edge
 * dummies that carry it past other nodes.
 */
final class ReadingOrder {

    /** Node indices in reading order; each appears exactly once. */
    final int[] order;
    /** Each node's place in {@link #order}. */
    final int[] rank;
    /**
     * For each edge position, where the edge reads: its operand's rank if the walk reached the
     * operand along this edge (as in a tree), otherwise just before whatever the walk read next.
     */
    final double[] edgeKey;

    private ReadingOrder(int nodes, int edges) {
        order = new int[nodes];
        rank = new int[nodes];
        edgeKey = new double[edges];
    }

    /** Node indices in reading order; each appears exactly once. */
    static int[] of(ComputationGraph graph) {
        return walk(graph).order;
    }

    static ReadingOrder walk(ComputationGraph graph) {
        int n = graph.size();
        ReadingOrder reading = new ReadingOrder(n, graph.edgeCount());
        int[] reachedBy = new int[n];
        java.util.Arrays.fill(reachedBy, -1);
        int filled = 0;
        boolean[] seen = new boolean[n];
        Deque<int[]> stack = new ArrayDeque<>();
        int output = graph.output().index();
        seen[output] = true;
        stack.push(new int[] {output, 0});
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            int node = top[0];
            if (top[1] < graph.operandCount(node)) {
                int slot = top[1]++;
                int operand = graph.operand(node, slot);
                int position = graph.edgePosition(node, slot);
                if (!seen[operand]) {
                    seen[operand] = true;
                    reachedBy[operand] = position;
                    stack.push(new int[] {operand, 0});
                } else {
                    reading.edgeKey[position] = filled - 0.5;
                }
            } else {
                reading.order[filled++] = stack.pop()[0];
            }
        }
        for (int i = 0; i < n; i++) {
            if (!seen[i]) {
                reading.order[filled++] = i;
                // Its operands come earlier in the program, so they have all been read.
                for (int slot = 0; slot < graph.operandCount(i); slot++) {
                    reading.edgeKey[graph.edgePosition(i, slot)] = filled - 1.5;
                }
            }
        }
        for (int k = 0; k < n; k++) reading.rank[reading.order[k]] = k;
        for (int i = 0; i < n; i++) {
            if (reachedBy[i] >= 0) reading.edgeKey[reachedBy[i]] = reading.rank[i];
        }
        return reading;
    }
}
