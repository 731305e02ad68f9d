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

    /** One nudge per input element, in the graph's input order, each element of a vector or matrix row by row. */
    public static List<Nudge> all(Gradients gradients, double h) {
        List<Nudge> nudges = new ArrayList<>();
        for (Node input : gradients.graph().inputs()) {
            for (int element = 0; element < input.shape().size(); element++) {
                nudges.add(of(gradients, input, element, h));
            }
        }
        return nudges;
    }

    public static Nudge of(Gradients gradients, Node input, double h) {
        return of(gradients, input, 0, h);
    }

    /**
     * Nudges one element of an input and watches the element of the output the backward pass
     * started from: for a scalar J the course's ΔJ/Δa, for a vector output one entry of the
     * Jacobian, ∂f[seed]/∂W1[3,2].
     */
    public static Nudge of(Gradients gradients, Node input, int element, double h) {
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("h must be a positive number, such as 0.001; got " + h);
        }
        OutputAlong along = OutputAlong.of(gradients, input, element);
        double x = along.x();
        return new Nudge(input, element, x, h, along.j(), along.at(x + h), along.at(x - h), along.slope());
    }

    /**
     * For a vector output, nudging one input element moves every output element: the course's
     * Δf/Δx as a vector, which is one column of the Jacobian. Each entry is
     * (f[i](x + h) − f[i](x)) / h.
     */
    public static double[] column(Evaluation base, Node input, int element, double h) {
        Node output = base.graph().output();
        double x = base.inputs().tensor(input).get(element);
        Evaluation nudged = ForwardPass.run(base.inputs().withElement(input, element, x + h));
        double[] slopes = new double[output.shape().size()];
        for (int i = 0; i < slopes.length; i++) {
            slopes[i] = (nudged.element(output, i) - base.element(output, i)) / h;
        }
        return slopes;
    }
}
