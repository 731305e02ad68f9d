package studio.backprop.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import studio.backprop.expr.InputRole;
import studio.backprop.expr.Note;
import studio.backprop.expr.Op;
import studio.backprop.expr.ProgramException;
import studio.backprop.expr.SizeLimit;
import studio.backprop.expr.Span;
import studio.backprop.tensor.Shape;
import studio.backprop.tensor.Tensor;

/**
 * The nodes a {@link GraphBuilder} has made so far, as growing arrays rather than objects: op,
 * label, span and operands by index. {@link Node} objects are made once, at the end, when every
 * name in the program is known and the builder's own letters (u, v, w, ...) can be chosen
 * without clashing with any of them.
 */
final class NodeTable {

    private static final int[] NO_OPERANDS = {};

    private Op[] ops = new Op[64];
    /** The student's name, or null where the builder is to choose a letter at the end. */
    private String[] labels = new String[64];
    private boolean[] named = new boolean[64];
    private Span[] spans = new Span[64];
    private double[] constants = new double[64];
    private double[] declared = new double[64];
    /** Every node's shape; scalars, the usual case, are Shape.SCALAR. */
    private Shape[] shapes = new Shape[64];
    /** The few facts only tensor nodes have, by node: a vector or matrix input's value, an INDEX's element. */
    private final Map<Integer, Tensor> declaredTensors = new HashMap<>();
    /** Parameters and data, by node; every other input is plain. */
    private final Map<Integer, InputRole> roles = new HashMap<>();
    private final Map<Integer, Integer> elements = new HashMap<>();
    /** Operands of node i are operandIndex[operandStart[i] .. operandStart[i+1]). */
    private int[] operandStart = new int[65];
    private int[] operandIndex = new int[64];
    private int size;
    private int operandCount;
    /** {@link SizeLimit#mostNodes()}, or less for tests. */
    private final int mostNodes;

    NodeTable(int mostNodes) {
        this.mostNodes = mostNodes;
    }

    int size() {
        return size;
    }

    Op op(int node) {
        return ops[node];
    }

    Span span(int node) {
        return spans[node];
    }

    Shape shape(int node) {
        return shapes[node];
    }

    void shape(int node, Shape shape) {
        shapes[node] = shape;
    }

    /** The flat element an INDEX node picks. */
    void element(int node, int element) {
        elements.put(node, element);
    }

    /** Adds a leaf: an input, or a constant of the given value. Returns its index. */
    int addLeaf(Op op, String label, boolean isNamed, Span span, double constant) {
        return add(op, label, isNamed, span, constant, NO_OPERANDS, 0);
    }

    /**
     * Adds a node whose operands are the first {@code count} of {@code operands}, node indices in
     * slot order; {@code label} null means "choose a letter later". Returns its index.
     */
    int add(Op op, String label, boolean isNamed, Span span, double constant, int[] operands, int count) {
        if (size == mostNodes) throw ProgramException.values(span, SizeLimit.tooManyNodes(mostNodes));
        if (size == ops.length) grow();
        if (operandCount + count > operandIndex.length) {
            operandIndex = Arrays.copyOf(operandIndex, Math.max(operandIndex.length * 2, operandCount + count));
        }
        System.arraycopy(operands, 0, operandIndex, operandCount, count);
        operandCount += count;
        ops[size] = op;
        labels[size] = label;
        named[size] = isNamed;
        spans[size] = span;
        constants[size] = constant;
        declared[size] = Double.NaN;
        shapes[size] = Shape.SCALAR;
        operandStart[size + 1] = operandCount;
        return size++;
    }

    void role(int input, InputRole role) {
        if (role != InputRole.PLAIN) roles.put(input, role);
    }

    /** The value a program gives an input; a vector or matrix makes the input that shape. */
    void declare(int input, Tensor value) {
        shapes[input] = value.shape();
        if (value.shape().isScalar()) {
            declared[input] = value.scalar();
        } else {
            declaredTensors.put(input, value);
        }
    }

    /** The finished graph: nodes made now, unnamed steps labelled in order of creation. */
    ComputationGraph toGraph(String source, int output, int[] inputs, Labels letters, boolean tree, List<Note> readings) {
        List<Node> nodes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String label = labels[i] != null ? labels[i] : letters.fresh();
            nodes.add(new Node(i, ops[i], label, named[i], spans[i], constants[i], shapes[i], elements.getOrDefault(i, -1),
                    roles.getOrDefault(i, InputRole.PLAIN)));
        }
        List<Node> inputNodes = new ArrayList<>(inputs.length);
        for (int input : inputs) inputNodes.add(nodes.get(input));
        return new ComputationGraph(source, nodes, Arrays.copyOf(operandStart, size + 1),
                Arrays.copyOf(operandIndex, operandCount), nodes.get(output), inputNodes,
                Arrays.copyOf(declared, size), declaredTensors, tree, readings);
    }

    /**
     * The graph of only the nodes {@code output} depends on, renumbered in the same order: the part
     * of an exploded program that feeds one element of its output.
     */
    ComputationGraph feeding(int output, List<Integer> inputs, Labels letters, String source) {
        boolean[] needed = new boolean[size];
        needed[output] = true;
        for (int i = output; i >= 0; i--) {
            if (!needed[i]) continue;
            for (int k = operandStart[i]; k < operandStart[i + 1]; k++) needed[operandIndex[k]] = true;
        }
        NodeTable part = new NodeTable(mostNodes);
        int[] renumbered = new int[size];
        for (int i = 0; i <= output; i++) {
            if (!needed[i]) continue;
            int count = operandStart[i + 1] - operandStart[i];
            int[] operands = new int[count];
            for (int k = 0; k < count; k++) operands[k] = renumbered[operandIndex[operandStart[i] + k]];
            renumbered[i] = part.add(ops[i], labels[i], named[i], spans[i], constants[i], operands, count);
            part.shapes[renumbered[i]] = shapes[i];
            part.declared[renumbered[i]] = declared[i];
        }
        int[] partInputs = inputs.stream().filter(input -> needed[input]).mapToInt(input -> renumbered[input]).toArray();
        return part.toGraph(source, renumbered[output], partInputs, letters, true, List.of());
    }

    private void grow() {
        int capacity = ops.length * 2;
        ops = Arrays.copyOf(ops, capacity);
        labels = Arrays.copyOf(labels, capacity);
        named = Arrays.copyOf(named, capacity);
        spans = Arrays.copyOf(spans, capacity);
        constants = Arrays.copyOf(constants, capacity);
        declared = Arrays.copyOf(declared, capacity);
        shapes = Arrays.copyOf(shapes, capacity);
        operandStart = Arrays.copyOf(operandStart, capacity + 1);
    }
}
