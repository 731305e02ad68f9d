package studio.backprop.autodiff;

import java.util.Arrays;

import studio.backprop.expr.Numbers;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;
import studio.backprop.tensor.TensorKernel;

/**
 * Both passes over a graph with vectors or matrices: node by node in topological order, each
 * node's value and chain rule from {@link TensorKernel}, all nodes' numbers in one flat array at
 * their offsets. A scalar is a tensor of shape scalar here, so this loop handles every node; the
 * all-scalar loop in {@link ForwardPass} and {@link BackwardPass} is the same passes made fast for
 * the programs that have no brackets.
 */
final class TensorPasses {

    private TensorPasses() {
    }

    static Evaluation forward(InputValues inputs) {
        ComputationGraph graph = inputs.graph();
        double[] values = inputs.seeded().clone();
        TensorKernel.Site[] sites = sites(graph);
        for (Node node : graph.computedNodes()) {
            TensorKernel.forward(sites[node.index()], operands(graph, sites, node), values);
        }
        return new Evaluation(inputs, values, reasons(graph, values));
    }

    /** The gradients of all nodes' numbers, from element {@code seed} of the output. */
    static double[] backward(Evaluation evaluation, int seed) {
        return backward(evaluation, evaluation.graph().output(), seed);
    }

    /**
     * The gradients of all nodes' numbers with respect to one element of {@code from}: ∂from[seed]/∂n
     * for every node n before it, 0 for nodes it does not depend on.
     */
    static double[] backward(Evaluation evaluation, Node from, int seed) {
        ComputationGraph graph = evaluation.graph();
        if (seed < 0 || seed >= from.shape().size()) {
            throw new IllegalArgumentException(from.label() + " has no element " + (seed + 1));
        }
        double[] values = evaluation.values();
        double[] gradients = new double[values.length];
        gradients[graph.offset(from) + seed] = 1;
        TensorKernel.Site[] sites = sites(graph);
        for (int i = from.index(); i >= 0; i--) {
            Node node = graph.node(i);
            if (!node.isComputed()) continue;
            TensorKernel.backward(sites[i], operands(graph, sites, node), values, gradients);
        }
        return gradients;
    }

    static double[][] jacobian(Evaluation evaluation, OperandEdge edge) {
        ComputationGraph graph = evaluation.graph();
        TensorKernel.Site[] sites = sites(graph);
        Node user = edge.user();
        return TensorKernel.jacobian(sites[user.index()], operands(graph, sites, user), edge.slot(), evaluation.values());
    }

    private static TensorKernel.Site[] sites(ComputationGraph graph) {
        TensorKernel.Site[] sites = new TensorKernel.Site[graph.size()];
        for (Node node : graph.nodes()) {
            sites[node.index()] = new TensorKernel.Site(node.op(), node.element(), node.shape(), graph.offset(node));
        }
        return sites;
    }

    private static TensorKernel.Site[] operands(ComputationGraph graph, TensorKernel.Site[] sites, Node node) {
        TensorKernel.Site[] operands = new TensorKernel.Site[graph.operandCount(node.index())];
        for (int slot = 0; slot < operands.length; slot++) operands[slot] = sites[graph.operand(node.index(), slot)];
        return operands;
    }

    /**
     * Why a node holds NaN or ±∞: where it starts, the op's own reason at the first such element;
     * downstream, the operand it came through.
     */
    private static String[] reasons(ComputationGraph graph, double[] values) {
        String[] reasons = null;
        for (Node node : graph.computedNodes()) {
            int bad = firstNonFinite(values, graph.offset(node), node.shape().size());
            if (bad < 0) continue;
            if (reasons == null) reasons = new String[graph.size()];
            reasons[node.index()] = reason(graph, values, node, bad, reasons);
        }
        return reasons;
    }

    private static String reason(ComputationGraph graph, double[] values, Node node, int bad, String[] reasons) {
        for (Node operand : graph.operands(node)) {
            int hers = firstNonFinite(values, graph.offset(operand), operand.shape().size());
            if (hers >= 0) {
                String where = operand.shape().isScalar() ? "" : "[" + (hers + 1) + "]";
                String origin = reasons[operand.index()];
                return "because " + operand.label() + where + " is " + Numbers.format(values[graph.offset(operand) + hers])
                        + (origin == null ? "" : " (" + origin + ")");
            }
        }
        String where = node.shape().isScalar() ? "" : " in element " + (bad + 1);
        if (node.op().isElementwise() && node.shape().size() == 1) {
            return node.op().whyNotFinite(ForwardPass.operandValues(graph, node.index(), values));
        }
        return "the numbers grow too large for a double" + where;
    }

    private static int firstNonFinite(double[] values, int from, int size) {
        for (int e = 0; e < size; e++) {
            if (!Double.isFinite(values[from + e])) return e;
        }
        return -1;
    }

    /** Why each gradient holds NaN or ±∞, for the nodes whose gradient does; null if none does. */
    static String[] reasons(Gradients result, double[] gradients) {
        ComputationGraph graph = result.graph();
        String[] reasons = null;
        for (Node node : graph.nodes()) {
            int bad = firstNonFinite(gradients, graph.offset(node), node.shape().size());
            if (bad < 0) continue;
            if (reasons == null) reasons = new String[graph.size()];
            reasons[node.index()] = "a local derivative on the way back from " + graph.output().label()
                    + " is not a number" + (node.shape().isScalar() ? "" : " (element " + (bad + 1) + ")");
        }
        return reasons == null ? null : Arrays.copyOf(reasons, reasons.length);
    }
}
