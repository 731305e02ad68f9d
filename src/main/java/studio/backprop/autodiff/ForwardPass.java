package studio.backprop.autodiff;

import studio.backprop.expr.Numbers;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;

/**
 * Evaluates a graph in topological order. One loop over dense arrays; reasons for NaN and ±∞ are
 * worked out afterwards, and only for the nodes that have them.
 */
public final class ForwardPass {

    private ForwardPass() {
    }

    public static Evaluation run(InputValues inputs) {
        inputs.requireComplete();
        ComputationGraph graph = inputs.graph();
        double[] values = new double[graph.size()];
        seed(graph, inputs, values);
        for (int i = 0; i < values.length; i++) {
            if (graph.operandCount(i) > 0) {
                values[i] = apply(graph, i, values);
            }
        }
        return new Evaluation(inputs, values, reasons(graph, values));
    }

    /**
     * The output's value with one input changed, recomputing only what depends on that input. The
     * graph is not rebuilt and {@code base} is not changed: this is what a nudge costs.
     */
    public static double outputWith(Evaluation base, Node input, double value) {
        ComputationGraph graph = base.graph();
        int output = graph.output().index();
        if (output < input.index()) {
            return base.output();
        }
        double[] values = base.valuesCopy();
        boolean[] affected = new boolean[output + 1];
        values[input.index()] = value;
        affected[input.index()] = true;
        for (int i = input.index() + 1; i <= output; i++) {
            int count = graph.operandCount(i);
            boolean changed = false;
            for (int slot = 0; slot < count && !changed; slot++) {
                changed = affected[graph.operand(i, slot)];
            }
            if (changed) {
                affected[i] = true;
                values[i] = apply(graph, i, values);
            }
        }
        return values[output];
    }

    private static void seed(ComputationGraph graph, InputValues inputs, double[] values) {
        double[] inputValues = inputs.array();
        for (int position = 0; position < inputValues.length; position++) {
            values[graph.inputs().get(position).index()] = inputValues[position];
        }
        for (Node node : graph.nodes()) {
            if (node.isConstant()) {
                values[node.index()] = node.constant();
            }
        }
    }

    private static double apply(ComputationGraph graph, int i, double[] values) {
        double x = values[graph.operand(i, 0)];
        double y = graph.operandCount(i) > 1 ? values[graph.operand(i, 1)] : Double.NaN;
        return graph.op(i).apply(x, y);
    }

    /**
     * Why each NaN or ±∞ value is one: where it starts, the op's own reason ("ln of a negative
     * number"); downstream, the operand it came through and where it started ("because p is NaN,
     * which comes from u: ln of a negative number").
     */
    private static String[] reasons(ComputationGraph graph, double[] values) {
        String[] reasons = null;
        String[] origins = null;
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i]) || graph.operandCount(i) == 0) continue;
            if (reasons == null) {
                reasons = new String[values.length];
                origins = new String[values.length];
            }
            Node operand = firstNonFiniteOperand(graph, i, values);
            if (operand == null) {
                double x = values[graph.operand(i, 0)];
                double y = graph.operandCount(i) > 1 ? values[graph.operand(i, 1)] : Double.NaN;
                reasons[i] = graph.op(i).whyNotFinite(x, y);
                origins[i] = graph.node(i).label() + ": " + reasons[i];
            } else {
                String origin = origins[operand.index()];
                reasons[i] = "because " + operand.label() + " is " + Numbers.format(values[operand.index()])
                        + (origin == null ? "" : origin.startsWith(operand.label() + ": ")
                                ? " (" + origin.substring(operand.label().length() + 2) + ")"
                                : ", which comes from " + origin);
                origins[i] = origin;
            }
        }
        return reasons;
    }

    private static Node firstNonFiniteOperand(ComputationGraph graph, int i, double[] values) {
        for (int slot = 0; slot < graph.operandCount(i); slot++) {
            Node operand = graph.operandEdge(i, slot).operand();
            if (!Double.isFinite(values[operand.index()])) return operand;
        }
        return null;
    }
}
