package studio.backprop.autodiff;

import java.util.Optional;

import studio.backprop.expr.Numbers;
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
        ComputationGraph graph = evaluation.graph();
        double[] values = evaluation.values();
        double[] gradients = new double[graph.size()];
        double[] local = new double[graph.edgeCount()];
        boolean[] reachesOutput = new boolean[graph.size()];
        int output = graph.output().index();
        gradients[output] = 1;
        reachesOutput[output] = true;
        for (int i = graph.size() - 1; i >= 0; i--) {
            int count = graph.operandCount(i);
            if (count == 0) continue;
            double x = values[graph.operand(i, 0)];
            double y = count > 1 ? values[graph.operand(i, 1)] : Double.NaN;
            double gradient = gradients[i];
            // Where an op leaves its domain (ln of a negative, 0/0), it has no slope there either. A node
            // that is NaN only because an operand is keeps its formal slopes, so dv in J = p + v stays 1.
            boolean undefined = Double.isNaN(values[i]) && Double.isFinite(x) && (count == 1 || Double.isFinite(y));
            for (int slot = 0; slot < count; slot++) {
                int position = graph.edgePosition(i, slot);
                local[position] = undefined ? Double.NaN : graph.op(i).partial(slot, x, y, values[i]);
                if (reachesOutput[i]) {
                    int operand = graph.operand(i, slot);
                    gradients[operand] += gradient * local[position];
                    reachesOutput[operand] = true;
                }
            }
        }
        return new Gradients(evaluation, gradients, local, reasons(evaluation, gradients, local, reachesOutput),
                reachesOutput);
    }

    private static String[] reasons(Evaluation evaluation, double[] gradients, double[] local, boolean[] reaches) {
        ComputationGraph graph = evaluation.graph();
        String[] reasons = null;
        for (int i = graph.size() - 1; i >= 0; i--) {
            if (Double.isFinite(gradients[i])) continue;
            if (reasons == null) reasons = new String[graph.size()];
            reasons[i] = reason(evaluation, i, local, gradients, reaches);
        }
        return reasons;
    }

    /** The first term of the chain-rule sum that is not finite, and why. */
    private static String reason(Evaluation evaluation, int i, double[] local, double[] gradients, boolean[] reaches) {
        ComputationGraph graph = evaluation.graph();
        for (int k = 0; k < graph.userCount(i); k++) {
            OperandEdge edge = graph.userEdge(i, k);
            int user = edge.user().index();
            if (!reaches[user]) continue;
            String partial = Formulas.partial(edge.user(), edge.operand());
            if (!Double.isFinite(gradients[user])) {
                return "because " + Formulas.d(edge.user()) + " is " + Numbers.format(gradients[user]);
            }
            if (!Double.isFinite(local[edge.position()])) {
                return "because " + partial + " is " + Numbers.format(local[edge.position()]) + ": "
                        + slopeProblem(evaluation, edge);
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
        double x = evaluation.values()[graph.operand(user, 0)];
        double y = graph.operandCount(user) > 1 ? evaluation.values()[graph.operand(user, 1)] : Double.NaN;
        return graph.op(user).whySlopeNotFinite(edge.slot(), x, y);
    }
}
