package studio.backprop.autodiff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import studio.backprop.expr.ProgramException;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.tensor.Tensor;

/**
 * The values of a graph's inputs: the program's own ({@code a = 5}, {@code x = [1, -1]}),
 * possibly overridden or supplied from outside. Immutable; {@link #with} returns a copy.
 *
 * <p>The numbers of all inputs sit in one flat array, each input's row by row from its start: for
 * a program of scalars, input k's number is at k.
 */
public final class InputValues {

    private final ComputationGraph graph;
    /** Where input k's numbers start in {@code values}; one more entry marks the end. */
    private final int[] start;
    /** NaN where no value is known. */
    private final double[] values;
    private final boolean[] known;
    /** Made on first use; computing it twice from the same immutable values is harmless. */
    private volatile double[] seeded;

    private InputValues(ComputationGraph graph, int[] start, double[] values, boolean[] known) {
        this.graph = graph;
        this.start = start;
        this.values = values;
        this.known = known;
    }

    /** The values the program declares; inputs it only uses have none yet. */
    public static InputValues declared(ComputationGraph graph) {
        List<Node> inputs = graph.inputs();
        int[] start = new int[inputs.size() + 1];
        for (int i = 0; i < inputs.size(); i++) start[i + 1] = start[i] + inputs.get(i).shape().size();
        double[] values = new double[start[inputs.size()]];
        boolean[] known = new boolean[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            Optional<Tensor> value = graph.declaredTensor(inputs.get(i));
            known[i] = value.isPresent();
            if (known[i]) {
                value.get().copyInto(values, start[i]);
            } else {
                java.util.Arrays.fill(values, start[i], start[i + 1], Double.NaN);
            }
        }
        return new InputValues(graph, start, values, known);
    }

    public ComputationGraph graph() {
        return graph;
    }

    /** A copy with a scalar input set, or every element of a vector or matrix input set to this number. */
    public InputValues with(Node input, double value) {
        int position = position(input);
        double[] newValues = values.clone();
        java.util.Arrays.fill(newValues, start[position], start[position + 1], value);
        return copy(newValues, position);
    }

    /** A copy with one element (row by row, from 0) of an input changed: what a nudge of W1[3,2] is. */
    public InputValues withElement(Node input, int element, double value) {
        int position = position(input);
        if (element < 0 || start[position] + element >= start[position + 1]) {
            throw new IllegalArgumentException(input.label() + " has no element " + element);
        }
        requireKnown(position);
        double[] newValues = values.clone();
        newValues[start[position] + element] = value;
        return copy(newValues, position);
    }

    /** A copy with an input given a whole value, which must have the input's shape. */
    public InputValues with(Node input, Tensor value) {
        int position = position(input);
        if (!value.shape().equals(input.shape())) {
            throw new IllegalArgumentException(input.label() + " is " + input.shape() + ", not " + value.shape());
        }
        double[] newValues = values.clone();
        value.copyInto(newValues, start[position]);
        return copy(newValues, position);
    }

    /**
     * A copy with each input in {@code byInput} given its whole value, which must have the input's
     * shape: one copy for all of them, as a training step sets every parameter at once.
     */
    public InputValues withAll(Map<Node, Tensor> byInput) {
        double[] newValues = values.clone();
        boolean[] newKnown = known.clone();
        List<Node> inputs = graph.inputs();
        int found = 0;
        for (int i = 0; i < inputs.size(); i++) {
            Node input = inputs.get(i);
            Tensor value = byInput.get(input);
            if (value == null) continue;
            if (!value.shape().equals(input.shape())) {
                throw new IllegalArgumentException(input.label() + " is " + input.shape() + ", not " + value.shape());
            }
            value.copyInto(newValues, start[i]);
            newKnown[i] = true;
            found++;
        }
        if (found < byInput.size()) throw new IllegalArgumentException("some of " + byInput.keySet() + " are not inputs of this graph");
        return new InputValues(graph, start, newValues, newKnown);
    }

    /** A copy with every scalar input named in {@code byName} set to its value; other names are ignored. */
    public InputValues with(Map<String, Double> byName) {
        double[] newValues = values.clone();
        boolean[] newKnown = known.clone();
        List<Node> inputs = graph.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            Double value = byName.get(inputs.get(i).label());
            if (value != null && inputs.get(i).shape().isScalar()) {
                newValues[start[i]] = value;
                newKnown[i] = true;
            }
        }
        return new InputValues(graph, start, newValues, newKnown);
    }

    public InputValues with(String name, double value) {
        return with(graph.input(name).orElseThrow(() -> new IllegalArgumentException("no input " + name)), value);
    }

    public boolean has(Node input) {
        return known[position(input)];
    }

    /** A scalar input's value. */
    public double value(Node input) {
        int position = position(input);
        requireKnown(position);
        if (!input.shape().isScalar()) throw new IllegalStateException(input.label() + " is " + input.shape() + ", not a scalar");
        return values[start[position]];
    }

    /** Any input's value, with its shape. */
    public Tensor tensor(Node input) {
        int position = position(input);
        requireKnown(position);
        double[] data = java.util.Arrays.copyOfRange(values, start[position], start[position + 1]);
        return Tensor.of(input.shape(), data);
    }

    /** Scalar values by input name, in order of first appearance; inputs without a value are left out. */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < known.length; i++) {
            Node input = graph.inputs().get(i);
            if (known[i] && input.shape().isScalar()) map.put(input.label(), values[start[i]]);
        }
        return map;
    }

    /** Every input's value by name, scalars as tensors of shape scalar; inputs without a value are left out. */
    public Map<String, Tensor> tensors() {
        Map<String, Tensor> map = new LinkedHashMap<>();
        for (int i = 0; i < known.length; i++) {
            if (known[i]) map.put(graph.inputs().get(i).label(), tensor(graph.inputs().get(i)));
        }
        return map;
    }

    /** Fails, naming the first input without a value and saying how to give it one. */
    public InputValues requireComplete() {
        for (int i = 0; i < known.length; i++) requireKnown(i);
        return this;
    }

    /**
     * Every node's numbers before a forward pass: the constants and these inputs, at each node's
     * offset, the rest 0. Made once per set of values and cloned by each pass, since a nudge or a
     * benchmark runs many passes over the same values. Checks first that every input has a value.
     */
    double[] seeded() {
        double[] ready = seeded;
        if (ready == null) {
            requireComplete();
            ready = graph.wiring().constants().clone();
            List<Node> inputs = graph.inputs();
            for (int position = 0; position < inputs.size(); position++) {
                System.arraycopy(values, start[position], ready, graph.offset(inputs.get(position)),
                        start[position + 1] - start[position]);
            }
            seeded = ready;
        }
        return ready;
    }

    int position(Node input) {
        int position = graph.inputs().indexOf(input);
        if (position < 0) {
            throw new IllegalArgumentException(input + " is not an input of this graph");
        }
        return position;
    }

    private InputValues copy(double[] newValues, int position) {
        boolean[] newKnown = known.clone();
        newKnown[position] = true;
        return new InputValues(graph, start, newValues, newKnown);
    }

    private void requireKnown(int position) {
        if (!known[position]) throw missing(graph.inputs().get(position));
    }

    private static ProgramException missing(Node input) {
        String name = input.label();
        return ProgramException.values(input.span(), "Variable '" + name + "' has no value. Give it one in the program ("
                + name + " = 2) or on the command line (--set " + name + "=2).");
    }

    @Override
    public String toString() {
        return tensors().toString();
    }
}
