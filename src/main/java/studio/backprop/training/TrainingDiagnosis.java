package studio.backprop.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import studio.backprop.expr.Numbers;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;

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

    /**
     * What is wrong after {@code steps} steps, one sentence per problem; empty when training goes as
     * it should.
     *
     * @param stuck  the parameters whose gradient has been 0 at every step
     * @param losses the loss per step for gradient descent, per epoch on all rows otherwise
     */
    static List<String> explain(ComputationGraph program, int steps, List<String> stuck, List<Double> losses,
                                double rate, boolean fullBatch) {
        List<String> problems = new ArrayList<>();
        if (steps >= GROWING) {
            for (Node parameter : program.inputs()) {
                if (stuck.contains(parameter.label())) problems.add(stuck(program, parameter, steps));
            }
        }
        growing(losses, rate, fullBatch).ifPresent(problems::add);
        return problems;
    }

    private static String stuck(ComputationGraph program, Node parameter, int steps) {
        String name = parameter.label();
        String head = name + " has not moved in " + steps + " steps: d" + name + " was 0 at every one";
        Optional<Node> jump = jumpBetween(program, parameter);
        if (jump.isPresent()) {
            Node step = jump.get();
            String call = written(program, step);
            return head + ", because " + call + " lies between " + name + " and " + program.output().label() + ", and "
                    + step.op().name().toLowerCase(Locale.ROOT) + "'s slope is 0 everywhere but at its jump, so no "
                    + "gradient reaches " + name + ". Gradient descent needs a slope: try σ in its place.";
        }
        return head + ": at these values " + program.output().label() + " does not change when " + name
                + " does, so gradient descent cannot move it.";
    }

    /** The node as the program writes it, "H = step(X @ W1ᵀ + b1)", or from its operands' labels if the text is long. */
    private static String written(ComputationGraph program, Node node) {
        String call = node.op().write(program.operands(node).stream().map(Node::label).toList());
        var span = node.span();
        String source = program.source();
        if (span != null && source != null && span.end() <= source.length() && span.end() - span.start() <= 60) {
            String text = source.substring(span.start(), span.end()).strip();
            if (text.contains(node.op().write(List.of("")).replace("()", "("))) call = text;
        }
        return node.isNamed() && !call.contains("=") ? node.label() + " = " + call : call;
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
