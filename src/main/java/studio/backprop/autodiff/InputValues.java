package studio.backprop.autodiff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import studio.backprop.expr.ProgramException;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;

/**
 * The values of a graph's inputs: the program's own ({@code a = 5}), possibly overridden or
 * supplied from outside. Immutable; {@link #with} returns a copy.
 */
public final class InputValues {

    private final ComputationGraph graph;
    /** Parallel to {@code graph.inputs()}; NaN where no value is known. */
    private final double[] values;
    private final boolean[] known;
    /** Made on first use; computing it twice from the same immutable values is harmless. */
    private volatile double[] seeded;

    private InputValues(ComputationGraph graph, double[] values, boolean[] known) {
        this.graph = graph;
        this.values = values;
        this.known = known;
    }

    /** The values the program declares; inputs it only uses have none yet. */
    public static InputValues declared(ComputationGraph graph) {
        List<Node> inputs = graph.inputs();
        double[] values = new double[inputs.size()];
        boolean[] known = new boolean[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            OptionalDouble value = graph.declaredValue(inputs.get(i));
            known[i] = value.isPresent();
            values[i] = value.orElse(Double.NaN);
        }
        return new InputValues(graph, values, known);
    }

    public ComputationGraph graph() {
        return graph;
    }

    public InputValues with(Node input, double value) {
        int position = position(input);
        double[] newValues = values.clone();
        boolean[] newKnown = known.clone();
        newValues[position] = value;
        newKnown[position] = true;
        return new InputValues(graph, newValues, newKnown);
    }

    /** A copy with every input named in {@code byName} set to its value; other names are ignored. */
    public InputValues with(Map<String, Double> byName) {
        double[] newValues = values.clone();
        boolean[] newKnown = known.clone();
        List<Node> inputs = graph.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            Double value = byName.get(inputs.get(i).label());
            if (value != null) {
                newValues[i] = value;
                newKnown[i] = true;
            }
        }
        return new InputValues(graph, newValues, newKnown);
    }

    public InputValues with(String name, double value) {
        return with(graph.input(name).orElseThrow(() -> new IllegalArgumentException("no input " + name)), value);
    }

    public boolean has(Node input) {
        return known[position(input)];
    }

    public double value(Node input) {
        int position = position(input);
        if (!known[position]) {
            throw missing(input);
        }
        return values[position];
    }

    /** Values by input name, in order of first appearance; inputs without a value are left out. */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (known[i]) map.put(graph.inputs().get(i).label(), values[i]);
        }
        return map;
    }

    /** Fails, naming the first input without a value and saying how to give it one. */
    public InputValues requireComplete() {
        for (int i = 0; i < known.length; i++) {
            if (!known[i]) throw missing(graph.inputs().get(i));
        }
        return this;
    }

    double[] array() {
        return values;
    }

    /**
     * Every node's value before a forward pass: the constants and these inputs, the rest 0. Made
     * once per set of values and cloned by each pass, since a nudge or a benchmark runs many passes
     * over the same values. Checks first that every input has a value.
     */
    double[] seeded() {
        double[] ready = seeded;
        if (ready == null) {
            requireComplete();
            ComputationGraph.Wiring wiring = graph.wiring();
            ready = wiring.constants().clone();
            int[] inputIndex = wiring.inputIndex();
            for (int position = 0; position < inputIndex.length; position++) {
                ready[inputIndex[position]] = values[position];
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

    private static ProgramException missing(Node input) {
        String name = input.label();
        return ProgramException.values(input.span(), "Variable '" + name + "' has no value. Give it one in the program ("
                + name + " = 2) or on the command line (--set " + name + "=2).");
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
