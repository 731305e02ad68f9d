package studio.backprop.layout;

import org.eclipse.elk.alg.common.networksimplex.NEdge;
import org.eclipse.elk.alg.common.networksimplex.NGraph;
import org.eclipse.elk.alg.common.networksimplex.NNode;
import org.eclipse.elk.alg.common.networksimplex.NetworkSimplex;

import studio.backprop.graph.ComputationGraph;

/**
 * The layering phase: which column each node goes in. Pre: a computation graph (a DAG whose
 * operands come before their users). Post: every edge goes from a lower layer to a higher one;
 * inputs are in layer 0, the output alone in the last layer, and no layer is empty.
 *
 * <p>Network simplex (ELK's implementation) makes the edges as short in total as these
 * constraints allow, which is what dot does too: all inputs stand for one node, so that a step
 * using an input moves towards the first column rather than the input being dragged out to it
 * afterwards (as ELK's own layering does with a first-layer constraint). Shorter edges are fewer
 * long-edge dummies for the ordering to sort, and fewer crossings.
 */
final class LayerAssignment {

    private LayerAssignment() {
    }

    /** The layer of every node, by node index. */
    static int[] of(ComputationGraph graph) {
        int n = graph.size();
        NGraph network = new NGraph();
        NNode inputs = NNode.of().id(n).create(network);
        NNode[] nodes = new NNode[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = graph.node(i).isInput() ? inputs : NNode.of().id(i).create(network);
        }
        NNode output = nodes[graph.output().index()];
        // A program whose output is an input draws it in the first column, with nothing to keep right of it.
        boolean outputLast = !graph.output().isInput();
        for (int user = 0; user < n; user++) {
            int operands = graph.operandCount(user);
            for (int slot = 0; slot < operands; slot++) {
                NEdge.of().source(nodes[graph.operand(user, slot)]).target(nodes[user]).weight(1).delta(1).create();
            }
            if (operands == 0 && nodes[user] != inputs) {
                // A constant may share the first column but not precede it; the edge adds no pull.
                NEdge.of().source(inputs).target(nodes[user]).weight(0).delta(0).create();
            }
            if (outputLast && graph.userCount(user) == 0 && nodes[user] != output) {
                // An unused step (or input) stays left of the output, which keeps its column to itself.
                NEdge.of().source(nodes[user]).target(output).weight(0).delta(1).create();
            }
        }
        NetworkSimplex.forGraph(network).execute();
        int[] layer = new int[n];
        for (int i = 0; i < n; i++) {
            layer[i] = nodes[i].layer - inputs.layer;
        }
        return withoutEmptyLayers(layer);
    }

    /** Network simplex leaves no gaps along its tight tree, but zero-weight edges may; close them. */
    private static int[] withoutEmptyLayers(int[] layer) {
        int max = 0;
        for (int l : layer) max = Math.max(max, l);
        int[] renumbered = new int[max + 1];
        boolean[] used = new boolean[max + 1];
        for (int l : layer) used[l] = true;
        int next = 0;
        for (int l = 0; l <= max; l++) {
            renumbered[l] = used[l] ? next++ : -1;
        }
        int[] result = new int[layer.length];
        for (int i = 0; i < layer.length; i++) result[i] = renumbered[layer[i]];
        return result;
    }
}
