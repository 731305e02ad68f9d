package studio.backprop.autodiff;

import studio.backprop.expr.Numbers;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;

/**
 * Evaluates a graph in topological order. A graph of scalars, which is every program without
 * brackets, goes through one loop over the graph's dense arrays ({@link ComputationGraph.Wiring});
 * a graph with vectors or matrices through {@link TensorPasses}, node by node on whole tensors.
 * Reasons for NaN and ±∞ are worked out afterwards, and only for the nodes that have them.
 */
public final class ForwardPass {

    private ForwardPass() {
    }

    public static Evaluation run(InputValues inputs) {
        ComputationGraph graph = inputs.graph();
        if (!graph.isScalar()) return TensorPasses.forward(inputs);
        double[] values = inputs.seeded().clone();
        boolean allFinite = ScalarPasses.forward(graph.wiring(), values);
        return new Evaluation(inputs, values, allFinite ? null : reasons(graph, values));
    }

    /**
     * The output's value with one input changed, recomputing only what depends on that input. The
     * graph is not rebuilt and {@code base} is not changed: this is what a nudge costs.
     */
    public static double outputWith(Evaluation base, Node input, double value) {
        ComputationGraph graph = base.graph();
        if (!graph.isScalar()) return run(base.inputs().with(input, value)).output();
        int output = graph.output().index();
        if (output < input.index()) {
            return base.output();
        }
        ComputationGraph.Wiring wiring = graph.wiring();
        int[] start = wiring.operandStart();
        int[] operand = wiring.operandIndex();
        double[] values = base.valuesCopy();
        boolean[] affected = new boolean[output + 1];
        values[input.index()] = value;
        affected[input.index()] = true;
        for (int i = input.index() + 1; i <= output; i++) {
            boolean changed = false;
            for (int k = start[i]; k < start[i + 1] && !changed; k++) {
                changed = affected[operand[k]];
            }
            if (changed) {
                affected[i] = true;
                values[i] = ScalarPasses.apply(wiring.ops()[i], start[i], start[i + 1], operand, values);
            }
        }
        return values[output];
    }

    /** The values of a node's scalar operands, in slot order. */
    static double[] operandValues(ComputationGraph graph, int i, double[] values) {
        double[] args = new double[graph.operandCount(i)];
        for (int slot = 0; slot < args.length; slot++) {
            args[slot] = values[graph.offset(graph.node(graph.operand(i, slot)))];
        }
        return args;
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
                reasons[i] = graph.op(i).whyNotFinite(operandValues(graph, i, values));
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
