package studio.backprop.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import studio.backprop.expr.Numbers;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.tensor.Tensor;

/**
 * Says in words when training goes wrong in the two ways the course warns of: a parameter that
 * cannot move because no slope reaches it (a step activation's slope is 0 everywhere but at its
 * jump), and a loss that grows because α is too large.
 */
public final class TrainingDiagnosis {

    /** Steps in a row the loss must grow, or epochs for stochastic and mini-batch descent, before we say so. */
    static final int GROWING = 3;

    private TrainingDiagnosis() {
    }

    /** What is wrong after {@code history}, one sentence per problem; empty when training goes as it should. */
    public static List<String> explain(ComputationGraph program, List<TrainingStep> history, List<Double> epochLosses,
                                       boolean fullBatch) {
        List<String> problems = new ArrayList<>();
        if (history.size() >= GROWING) {
            for (Node parameter : program.inputs()) {
                String name = parameter.label();
                if (history.get(0).gradients().containsKey(name) && alwaysZero(history, name)) {
                    problems.add(stuck(program, parameter, history.size()));
                }
            }
        }
        List<Double> losses = fullBatch ? history.stream().map(TrainingStep::loss).toList() : epochLosses;
        growing(losses, history.isEmpty() ? 0 : history.get(0).rate(), fullBatch).ifPresent(problems::add);
        return problems;
    }

    private static boolean alwaysZero(List<TrainingStep> history, String name) {
        for (TrainingStep step : history) {
            Tensor gradient = step.gradients().get(name);
            for (int i = 0; i < gradient.size(); i++) {
                if (gradient.get(i) != 0) return false;
            }
        }
        return true;
    }

    private static String stuck(ComputationGraph program, Node parameter, int steps) {
        String name = parameter.label();
        String head = name + " has not moved in " + steps + " steps: d" + name + " was 0 at every one";
        Optional<Node> jump = jumpBetween(program, parameter);
        if (jump.isPresent()) {
            Node step = jump.get();
            String call = step.op().write(program.operands(step).stream().map(Node::label).toList());
            return head + ", because " + call + " lies between " + name + " and " + program.output().label() + ", and "
                    + step.op().name().toLowerCase(Locale.ROOT) + "'s slope is 0 everywhere but at its jump, so no "
                    + "gradient reaches " + name + ". Gradient descent needs a slope: try σ in its place.";
        }
        return head + ": at these values " + program.output().label() + " does not change when " + name
                + " does, so gradient descent cannot move it.";
    }

    /** A node with a jump (the step function) on a path from {@code parameter} to the output. */
    private static Optional<Node> jumpBetween(ComputationGraph program, Node parameter) {
        boolean[] moved = new boolean[program.size()];
        moved[parameter.index()] = true;
        for (Node node : program.nodes()) {
            for (Node operand : program.operands(node)) moved[node.index()] |= moved[operand.index()];
            if (moved[node.index()] && node.op().jumps()) return Optional.of(node);
        }
        return Optional.empty();
    }

    private static Optional<String> growing(List<Double> losses, double rate, boolean fullBatch) {
        if (losses.isEmpty()) return Optional.empty();
        double last = losses.get(losses.size() - 1);
        if (!Double.isFinite(last)) {
            return Optional.of("The loss is now " + Numbers.format(last) + ": the steps have run away. α = "
                    + Numbers.format(rate) + " is too large; reset and try α = " + Numbers.format(rate / 10) + ".");
        }
        if (losses.size() <= GROWING) return Optional.empty();
        List<Double> tail = losses.subList(losses.size() - GROWING - 1, losses.size());
        for (int i = 1; i < tail.size(); i++) {
            if (!(tail.get(i) > tail.get(i - 1))) return Optional.empty();
        }
        StringBuilder path = new StringBuilder();
        for (double loss : tail) path.append(path.length() > 0 ? " → " : "").append(Numbers.format(loss));
        return Optional.of("The loss grew at each of the last " + GROWING + (fullBatch ? " steps" : " epochs") + " (" + path
                + "): α = " + Numbers.format(rate) + " is too large, so each step jumps past the bottom of the loss. "
                + "Try α = " + Numbers.format(rate / 10) + ".");
    }
}
