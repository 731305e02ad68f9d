package studio.backprop.autodiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import studio.backprop.expr.Numbers;
import studio.backprop.expr.Op;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.graph.ScalarExpansion;
import studio.backprop.tensor.Broadcast;

/**
 * Says in words why a nudge and backprop disagree, when they do: a kink (relu or abs at 0, a tie
 * in max or min, step's jump at 0) at or within the nudge, a domain edge the nudge crosses, a gradient that is not a
 * number, or an h that is too large or too small.
 */
public final class NudgeDiagnosis {

    /** On a smooth function the central difference is off by about h², the forward one by about h. */
    static final double CENTRAL_TOLERANCE = 1e-4;
    static final double FORWARD_TOLERANCE = 1e-2;

    private NudgeDiagnosis() {
    }

    public static boolean agrees(Nudge nudge) {
        return nudge.relativeError() <= CENTRAL_TOLERANCE && nudge.forwardRelativeError() <= FORWARD_TOLERANCE;
    }

    /** Empty when the nudge agrees with backprop; otherwise the reason, as a sentence. */
    public static Optional<String> explain(Gradients gradients, Nudge nudge) {
        if (agrees(nudge)) {
            return Optional.empty();
        }
        Node input = nudge.input();
        Evaluation here = gradients.evaluation();
        if (!Double.isFinite(nudge.j())) {
            return Optional.of(here.graph().output().label() + " is " + Numbers.format(nudge.j()) + " here ("
                    + here.problem(here.graph().output()).orElse("not a number") + "), so no nudge can measure a slope.");
        }
        if (!Double.isFinite(nudge.analytic())) {
            return Optional.of("Backprop gives " + Numbers.format(nudge.analytic()) + " for d" + input.label() + " "
                    + gradients.problem(input).orElse("") + ".");
        }
        Evaluation base = gradients.evaluation();
        Evaluation plus = ForwardPass.run(base.inputs().withElement(input, nudge.element(), nudge.x() + nudge.h()));
        Evaluation minus = ForwardPass.run(base.inputs().withElement(input, nudge.element(), nudge.x() - nudge.h()));
        boolean[] moved = downstreamOf(base.graph(), input);
        return kink(base, plus, minus, moved)
                .or(() -> domainEdge(base, plus, minus, moved))
                .or(() -> Optional.of(sizeOfH(nudge)));
    }

    /** The nodes whose value depends on {@code input}: only they can explain its nudge. */
    private static boolean[] downstreamOf(ComputationGraph graph, Node input) {
        boolean[] moved = new boolean[graph.size()];
        moved[input.index()] = true;
        for (int i = input.index() + 1; i < graph.size(); i++) {
            for (int slot = 0; slot < graph.operandCount(i) && !moved[i]; slot++) {
                moved[i] = moved[graph.operand(i, slot)];
            }
        }
        return moved;
    }

    /**
     * The kink (or jump) at or within the nudge that explains it. Where several are, the one whose
     * value the course's nudge x + h changes comes first, as that is what the student sees in J; then
     * one that x − h changes; in the XOR network at x1 = x2 = 1, nudging x2 up moves step(z2), not
     * step(z1), which x2 pushes down, away from its jump.
     */
    private static Optional<String> kink(Evaluation base, Evaluation plus, Evaluation minus, boolean[] moved) {
        List<Kink> kinks = new ArrayList<>();
        for (Node node : base.graph().computedNodes()) {
            Op op = node.op();
            if (!moved[node.index()] || !op.hasKinks()) continue;
            for (int e = 0; e < node.shape().size(); e++) {
                boolean between = op.sideOfKink(operands(plus, node, e)) != op.sideOfKink(operands(minus, node, e));
                if (between || op.isKink(operands(base, node, e))) kinks.add(new Kink(node, e));
            }
        }
        if (kinks.isEmpty()) return Optional.empty();
        Kink chosen = firstChanged(kinks, base, plus).or(() -> firstChanged(kinks, base, minus)).orElse(kinks.get(0));
        return Optional.of(describeKink(base, chosen));
    }

    /** One element of a node with kinks, at or near one of them. */
    private record Kink(Node node, int element) {
    }

    private static Optional<Kink> firstChanged(List<Kink> kinks, Evaluation base, Evaluation nudged) {
        return kinks.stream()
                .filter(kink -> nudged.element(kink.node(), kink.element()) != base.element(kink.node(), kink.element()))
                .findFirst();
    }

    private static String describeKink(Evaluation base, Kink kink) {
        ComputationGraph graph = base.graph();
        Node node = kink.node();
        Op op = node.op();
        double[] here = operands(base, node, kink.element());
        String call = call(graph, node) + (node.shape().isScalar() ? "" : " at element " + (kink.element() + 1));
        if (op.isKink(here)) {
            return op.atKink(call, graph.operands(node).get(0).label(), here);
        }
        return call + (op.jumps()
                ? " jumps between x − h and x + h, so the nudge measures the jump, not a slope; on either "
                        + "side the slope is 0, as backprop says. Try a smaller h."
                : " has a kink between x − h and x + h, so the nudge mixes the slopes on both sides of it. "
                        + "Try a smaller h.");
    }

    private static Optional<String> domainEdge(Evaluation base, Evaluation plus, Evaluation minus, boolean[] moved) {
        for (Node node : base.graph().computedNodes()) {
            if (!moved[node.index()]) continue;
            for (int e = 0; e < node.shape().size(); e++) {
                boolean here = Double.isFinite(base.element(node, e));
                if (here && (!Double.isFinite(plus.element(node, e)) || !Double.isFinite(minus.element(node, e)))) {
                    Evaluation outside = Double.isFinite(plus.element(node, e)) ? minus : plus;
                    String name = node.shape().isScalar() ? node.label() : ScalarExpansion.elementName(node, e);
                    return Optional.of("The nudge leaves the domain: at x " + (outside == plus ? "+" : "−") + " h, "
                            + name + " = " + Numbers.format(outside.element(node, e)) + " ("
                            + outside.problem(node).orElse("not a number") + ").");
                }
            }
        }
        return Optional.empty();
    }

    private static String sizeOfH(Nudge nudge) {
        if (nudge.h() < 1e-7) {
            return "h = " + Numbers.format(nudge.h()) + " is so small that rounding errors in J swamp ΔJ. Try h = 0.001.";
        }
        return "h = " + Numbers.format(nudge.h()) + " is large for this function: its slope changes between x − h and "
                + "x + h. A smaller h brings the nudge closer to backprop.";
    }

    private static String call(ComputationGraph graph, Node node) {
        return node.op().write(graph.operands(node).stream().map(Node::label).toList());
    }

    /** The operands' numbers that element {@code e} of an element-wise node is made from, broadcast as the op takes them. */
    private static double[] operands(Evaluation evaluation, Node node, int e) {
        List<Node> operands = evaluation.graph().operands(node);
        double[] values = new double[operands.size()];
        for (int slot = 0; slot < values.length; slot++) {
            Node operand = operands.get(slot);
            values[slot] = evaluation.element(operand, Broadcast.indices(operand.shape(), node.shape())[e]);
        }
        return values;
    }
}
