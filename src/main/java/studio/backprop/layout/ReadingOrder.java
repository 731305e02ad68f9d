package studio.backprop.layout;

import java.util.ArrayDeque;
import java.util.Deque;

import studio.backprop.graph.ComputationGraph;

/**
 * The order in which a student reads a graph from top to bottom: a post-order walk from the output
 * that visits operands in slot order, so each first operand's whole subtree comes before the
 * second's; nodes the output does not use follow, in program order.
 *
 * <p>ELK is given the nodes in this order and told to keep to it where that costs no crossings
 * (model order). On a tree this order already has no crossings, so it steers ELK straight to the
 * drawing where operands stand in slot order; and since it follows the program's structure rather
 * than node numbers, an edit elsewhere in the program leaves it mostly unchanged.
 */
final class ReadingOrder {

    private ReadingOrder() {
    }

    /** Node indices in reading order; each appears exactly once. */
    static int[] of(ComputationGraph graph) {
        int n = graph.size();
        int[] order = new int[n];
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
                int operand = graph.operand(node, top[1]++);
                if (!seen[operand]) {
                    seen[operand] = true;
                    stack.push(new int[] {operand, 0});
                }
            } else {
                order[filled++] = stack.pop()[0];
            }
        }
        for (int i = 0; i < n; i++) {
            if (!seen[i]) {
                order[filled++] = i;
            }
        }
        return order;
    }
}
