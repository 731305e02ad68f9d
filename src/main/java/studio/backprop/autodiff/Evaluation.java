package studio.backprop.autodiff;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.tensor.Tensor;

/**
 * The result of a forward pass: every node's value, and for each NaN or ±∞ value the reason.
 * Immutable, and separate from the graph, so one graph can have many evaluations (a nudge is one).
 */
public final class Evaluation {

    private final InputValues inputs;
    private final double[] values;
    private final String[] reasons;

    Evaluation(InputValues inputs, double[] values, String[] reasons) {
        this.inputs = inputs;
        this.values = values;
        this.reasons = reasons;
    }

    public ComputationGraph graph() {
        return inputs.graph();
    }

    public InputValues inputs() {
        return inputs;
    }

    /** A scalar node's value. */
    public double value(Node node) {
        if (!node.shape().isScalar()) {
            throw new IllegalStateException(node.label() + " is " + node.shape() + ", not a scalar: ask for its tensor");
        }
        return values[graph().offset(node)];
    }

    /** Any node's value, with its shape. */
    public Tensor tensor(Node node) {
        int from = graph().offset(node);
        return Tensor.of(node.shape(), Arrays.copyOfRange(values, from, from + node.shape().size()));
    }

    /** One element of a node's value, row by row from 0. */
    public double element(Node node, int element) {
        return values[graph().offset(node) + element];
    }

    /** The output's value, when it is a scalar, as J usually is. */
    public double output() {
        return value(graph().output());
    }

    /** The output's value, whatever its shape. */
    public Tensor outputTensor() {
        return tensor(graph().output());
    }

    /** Why a node's value is NaN or ±∞, such as "ln of a negative number"; empty if it is finite. */
    public Optional<String> problem(Node node) {
        return reasons == null ? Optional.empty() : Optional.ofNullable(reasons[node.index()]);
    }

    /** One step per computed node, in the order the pass took them. */
    public List<ForwardStep> steps() {
        List<Node> computed = graph().computedNodes();
        return new AbstractList<>() {
            @Override
            public ForwardStep get(int index) {
                return step(computed.get(index));
            }

            @Override
            public int size() {
                return computed.size();
            }
        };
    }

    public ForwardStep step(Node node) {
        List<Node> operands = graph().operands(node);
        List<Tensor> operandValues = operands.stream().map(this::tensor).toList();
        return new ForwardStep(node, operands, operandValues, tensor(node), problem(node).orElse(null));
    }

    double[] valuesCopy() {
        return Arrays.copyOf(values, values.length);
    }

    double[] values() {
        return values;
    }
}
