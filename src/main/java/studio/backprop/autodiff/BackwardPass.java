package studio.backprop.autodiff;

import java.util.Optional;

import studio.backprop.expr.Numbers;
import studio.backprop.expr.Op;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.OperandEdge;

/**
 * Reverse-mode differentiation: walks the graph in reverse topological order with a loop (no
 * recursion), sets {@code dJ = 1}, and for every node adds {@code dnode · ∂node/∂operand} into each
 * operand's gradient. Nodes that do not lead to J get a gradient of exactly 0.
 */
public final class BackwardPass {

    private BackwardPass() {
    }

    public static Gradients run(Evaluation evaluation) {
        return run(evaluation, 0);
    }

    /**
     * The backward pass from one element of the output, {@code seed} (row by row from 0): for a
     * scalar output there is only element 0; for a vector output f, each element's pass gives one
     * row of the Jacobian, ∂f[seed]/∂(everything).
     */
    public static Gradients run(Evaluation evaluation, int seed) {
        ComputationGraph graph = evaluation.graph();
        if (!graph.isScalar()) {
            double[] gradients = TensorPasses.backward(evaluation, seed);
            Gradients result = new Gradients(evaluation, gradients, graph.wiring().reachesOutput(), seed);
            result.explain(TensorPasses.reasons(result, gradients));
            return result;
        }
        ComputationGraph.Wiring wiring = graph.wiring();
        boolean[] reachesOutput = wiring.reachesOutput();
        double[] gradients = new double[graph.size()];
        int output = graph.output().index();
        gradients[output] = 1;
        boolean allFinite = ScalarPasses.backward(wiring, output, evaluation.values(), gradients);
        Gradients result = new Gradients(evaluation, gradients, reachesOutput, 0);
        if (!allFinite) result.explain(reasons(result, gradients, reachesOutput));
        return result;
    }

    /**
     * ∂node/∂(operand in slot) at these operand values. Where an op leaves its domain (ln of a
     * negative, 0/0) it has no slope there either; a node that is NaN only because an operand is
     * keeps its formal slopes, so dv in J = p + v stays 1. The pass's loop applies the same rule to
     * one or two operands held as plain numbers.
     */
    static double local(Op op, int slot, double[] args, double value) {
        if (Double.isNaN(value) && allFinite(args, args.length)) return Double.NaN;
        return op.partial(slot, args, value);
    }

    private static boolean allFinite(double[] args, int count) {
        for (int k = 0; k < count; k++) {
            if (!Double.isFinite(args[k])) return false;
        }
        return true;
    }

    private static String[] reasons(Gradients result, double[] gradients, boolean[] reaches) {
        ComputationGraph graph = result.graph();
        String[] reasons = null;
        for (int i = graph.size() - 1; i >= 0; i--) {
            if (Double.isFinite(gradients[i])) continue;
            if (reasons == null) reasons = new String[graph.size()];
            reasons[i] = reason(result, i, gradients, reaches);
        }
        return reasons;
    }

    /** The first term of the chain-rule sum that is not finite, and why. */
    private static String reason(Gradients result, int i, double[] gradients, boolean[] reaches) {
        ComputationGraph graph = result.graph();
        for (int k = 0; k < graph.userCount(i); k++) {
            OperandEdge edge = graph.userEdge(i, k);
            int user = edge.user().index();
            if (!reaches[user]) continue;
            String partial = Formulas.partial(edge.user(), edge.operand());
            if (!Double.isFinite(gradients[user])) {
                return "because " + Formulas.d(edge.user()) + " is " + Numbers.format(gradients[user]);
            }
            double local = result.local(edge);
            if (!Double.isFinite(local)) {
                return "because " + partial + " is " + Numbers.format(local) + ": "
                        + slopeProblem(result.evaluation(), edge);
            }
        }
        return "the terms of the chain rule add up to more than a double can hold";
    }

    private static String slopeProblem(Evaluation evaluation, OperandEdge edge) {
        Optional<String> valueProblem = evaluation.problem(edge.user());
        if (valueProblem.isPresent()) {
            return valueProblem.get();
        }
        ComputationGraph graph = evaluation.graph();
        int user = edge.user().index();
        return graph.op(user).whySlopeNotFinite(edge.slot(), ForwardPass.operandValues(graph, user, evaluation.values()));
    }
}
