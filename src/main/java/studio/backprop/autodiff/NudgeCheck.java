package studio.backprop.autodiff;

import java.util.ArrayList;
import java.util.List;

import studio.backprop.graph.Node;

/**
 * Compares backprop with finite differences, the way the course checks a derivative by hand:
 * nudge one input by h, rerun the forward pass, and see how far J moves.
 */
public final class NudgeCheck {

    public static final double DEFAULT_H = 0.001;

    private NudgeCheck() {
    }

    /** One nudge per input, in the graph's input order. */
    public static List<Nudge> all(Gradients gradients, double h) {
        List<Nudge> nudges = new ArrayList<>();
        for (Node input : gradients.graph().inputs()) {
            nudges.add(of(gradients, input, h));
        }
        return nudges;
    }

    public static Nudge of(Gradients gradients, Node input, double h) {
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("h must be a positive number, such as 0.001; got " + h);
        }
        Evaluation base = gradients.evaluation();
        double x = base.value(input);
        double plus = ForwardPass.outputWith(base, input, x + h);
        double minus = ForwardPass.outputWith(base, input, x - h);
        return new Nudge(input, x, h, base.output(), plus, minus, gradients.gradient(input));
    }
}
