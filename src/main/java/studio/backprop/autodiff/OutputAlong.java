package studio.backprop.autodiff;

import java.util.Optional;

import studio.backprop.graph.Node;
import studio.backprop.graph.ScalarExpansion;

/**
 * J as a function of one input (or one element of a vector or matrix input), with every other
 * input held where it is: what a nudge moves along, and what the slope picture plots. For a vector
 * output, J is the element the backward pass started from. Each call is one forward pass, over
 * only what depends on the input when the graph is scalar.
 */
public final class OutputAlong {

    private final Gradients gradients;
    private final Node input;
    private final int element;

    private OutputAlong(Gradients gradients, Node input, int element) {
        this.gradients = gradients;
        this.input = input;
        this.element = element;
    }

    /** Along {@code element} of {@code input} (0 for a scalar), at the values {@code gradients} was computed for. */
    public static OutputAlong of(Gradients gradients, Node input, int element) {
        if (!gradients.graph().inputs().contains(input) || element < 0 || element >= input.shape().size()) {
            throw new IllegalArgumentException(input.label() + " has no element " + element + " to move along");
        }
        return new OutputAlong(gradients, input, element);
    }

    /**
     * Along the input called {@code name}, "a", or the element of a vector or matrix input the
     * scalar view calls it, "W1[3,2]"; a whole tensor's name means its first element.
     */
    public static Optional<OutputAlong> named(Gradients gradients, String name) {
        for (Node input : gradients.graph().inputs()) {
            if (input.label().equals(name)) return Optional.of(new OutputAlong(gradients, input, 0));
            if (!input.shape().isScalar() && name.startsWith(input.label() + "[")) {
                for (int element = 0; element < input.shape().size(); element++) {
                    if (ScalarExpansion.elementName(input, element).equals(name)) {
                        return Optional.of(new OutputAlong(gradients, input, element));
                    }
                }
            }
        }
        return Optional.empty();
    }

    public Node input() {
        return input;
    }

    public int element() {
        return element;
    }

    /** The input as the course names it: "a", or "W1[3,2]". */
    public String inputName() {
        return ScalarExpansion.elementName(input, element);
    }

    /** The output as the nudge watches it: "J", or for a vector output "f[2]". */
    public String outputName() {
        return ScalarExpansion.elementName(gradients.graph().output(), gradients.seed());
    }

    /** The input's value now. */
    public double x() {
        Evaluation base = gradients.evaluation();
        return base.graph().isScalar() ? base.value(input) : base.inputs().tensor(input).get(element);
    }

    /** J now. */
    public double j() {
        Evaluation base = gradients.evaluation();
        return base.element(base.graph().output(), gradients.seed());
    }

    /** Backprop's slope: ∂J/∂x at the current values. */
    public double slope() {
        return gradients.element(input, element);
    }

    /** J with the input at {@code value} and everything else as it is. */
    public double at(double value) {
        Evaluation base = gradients.evaluation();
        if (base.graph().isScalar()) return ForwardPass.outputWith(base, input, value);
        return ForwardPass.run(base.inputs().withElement(input, element, value)).element(base.graph().output(), gradients.seed());
    }
}
