package studio.backprop.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedAcyclicGraph;

import studio.backprop.expr.Note;
import studio.backprop.expr.Op;
import studio.backprop.tensor.Tensor;

/**
 * A program as a computation graph: a JGraphT {@link DirectedAcyclicGraph} whose edges run from
 * operands to the nodes that use them, with multiple edges allowed ({@code x*x}).
 *
 * <p>Besides the JGraphT view it keeps the same structure as dense arrays in topological order,
 * which is what the passes loop over: a million-node graph is evaluated without touching a map.
 * Immutable once built.
 */
public final class ComputationGraph {

    /**
     * The passes hand an element-wise node's operands to its op as plain numbers, which holds for
     * every such op there is; one with more operands needs the passes to learn how, so it is refused
     * here, not there.
     */
    static final int MOST_OPERANDS = 2;

    private final String source;
    private final List<Node> nodes;
    private final Node output;
    private final List<Node> inputs;
    private final List<Node> computed;
    private final Map<String, Node> inputsByName = new LinkedHashMap<>();
    private final double[] declaredValues;
    private final Map<Integer, Tensor> declaredTensors;
    private final boolean tree;
    /** Where each node's numbers start in a pass's flat array; for an all-scalar graph, its index. */
    private final int[] offset;
    private final boolean scalar;
    /** How the parser read the text: "xy is read as x·y". */
    private final List<Note> readings;

    private final OperandEdge[] edges;
    private final Op[] ops;
    /** operandIndex[p] is the index of the operand on the edge at position p. */
    private final int[] operandIndex;
    /** Edges into node i are edges[operandStart[i] .. operandStart[i+1]), in slot order. */
    private final int[] operandStart;
    /** Edges out of node i are edges[userEdges[userStart[i] .. userStart[i+1])], users in topological order. */
    private final int[] userStart;
    private final int[] userEdges;
    private final Wiring wiring;
    /** Made on first use: the passes and the layout work on the arrays, and a million-vertex JGraphT
     *  graph costs more memory than all the rest. */
    private volatile NodeDag dag;
    private volatile Graph<Node, OperandEdge> readOnlyDag;

    /** Operands of node i are {@code operandIndex[operandStart[i] .. operandStart[i+1])}, in slot order. */
    ComputationGraph(String source, List<Node> nodes, int[] operandStart, int[] operandIndex, Node output,
                     List<Node> inputs, double[] declaredValues, Map<Integer, Tensor> declaredTensors, boolean tree,
                     List<Note> readings) {
        this.source = source;
        this.nodes = Collections.unmodifiableList(nodes);
        this.output = output;
        this.inputs = List.copyOf(inputs);
        this.computed = this.nodes.stream().filter(Node::isComputed).toList();
        this.declaredValues = declaredValues;
        this.declaredTensors = Map.copyOf(declaredTensors);
        this.tree = tree;
        this.offset = new int[nodes.size() + 1];
        boolean allScalar = true;
        for (int i = 0; i < nodes.size(); i++) {
            offset[i + 1] = offset[i] + nodes.get(i).shape().size();
            allScalar &= nodes.get(i).shape().isScalar();
        }
        this.scalar = allScalar;
        this.readings = List.copyOf(readings);
        inputs.forEach(input -> inputsByName.put(input.label(), input));

        int n = nodes.size();
        this.operandStart = operandStart;
        this.operandIndex = operandIndex;
        edges = new OperandEdge[operandIndex.length];
        ops = new Op[n];
        int[] outDegree = new int[n];
        for (int i = 0; i < n; i++) {
            ops[i] = nodes.get(i).op();
            for (int position = operandStart[i]; position < operandStart[i + 1]; position++) {
                int operand = operandIndex[position];
                edges[position] = new OperandEdge(nodes.get(operand), nodes.get(i), position - operandStart[i], position);
                outDegree[operand]++;
            }
        }
        double[] constants = new double[offset[n]];
        for (Node node : nodes) {
            if (node.isConstant()) constants[offset[node.index()]] = node.constant();
        }
        boolean[] reaches = new boolean[n];
        reaches[output.index()] = true;
        for (int i = output.index(); i >= 0; i--) {
            if (!reaches[i]) continue;
            for (int position = operandStart[i]; position < operandStart[i + 1]; position++) {
                reaches[operandIndex[position]] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (ops[i].isElementwise() && operandStart[i + 1] - operandStart[i] > MOST_OPERANDS) {
                throw new IllegalStateException(nodes.get(i) + " has more than " + MOST_OPERANDS + " operands");
            }
        }
        wiring = new Wiring(ops, operandStart, operandIndex, constants, reaches);
        userStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            userStart[i + 1] = userStart[i] + outDegree[i];
        }
        userEdges = new int[edges.length];
        int[] filled = Arrays.copyOf(userStart, n);
        for (OperandEdge edge : edges) {
            userEdges[filled[edge.operand().index()]++] = edge.position();
        }
    }

    /**
     * The graph's structure as the passes loop over it: node i has op {@code ops[i]} and operands
     * {@code operandIndex[operandStart[i] .. operandStart[i+1])} in slot order, and the edge from
     * slot s is at position {@code operandStart[i] + s}. These are the graph's own arrays, handed
     * out so that a pass touches no object per node: read them, never write them.
     *
     * @param constants  every constant's value at its node's {@link #offset}, 0 elsewhere: a
     *                   forward pass's values before the inputs are filled in
     * @param reachesOutput whether a node is on a path to the output: only those get a gradient
     *                   from the backward pass; it depends on the structure alone, so it is worked
     *                   out once here rather than in every pass
     */
    public record Wiring(Op[] ops, int[] operandStart, int[] operandIndex, double[] constants,
                         boolean[] reachesOutput) {
    }

    public Wiring wiring() {
        return wiring;
    }

    private NodeDag buildDag() {
        NodeDag graph = new NodeDag(nodes.size(), edges.length);
        nodes.forEach(graph::addVertex);
        for (OperandEdge edge : edges) {
            graph.addEdge(edge.operand(), edge.user(), edge);
        }
        return graph;
    }

    /** The graph as a JGraphT {@link DirectedAcyclicGraph}, read-only; built on first call. */
    public Graph<Node, OperandEdge> dag() {
        Graph<Node, OperandEdge> view = readOnlyDag;
        if (view == null) {
            synchronized (this) {
                if (readOnlyDag == null) {
                    dag = buildDag();
                    readOnlyDag = new AsUnmodifiableGraph<>(dag);
                }
                view = readOnlyDag;
            }
        }
        return view;
    }

    /** The JGraphT DAG's own topological iteration (it equals {@link #nodes()}). */
    public Iterator<Node> topologicalIterator() {
        dag();
        Iterator<Node> iterator = dag.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public Node next() {
                return iterator.next();
            }
        };
    }

    /** The program text the graph was built from. */
    public String source() {
        return source;
    }

    /** The parser's notes on how it read names side by side, in order: "xy is read as x·y". */
    public List<Note> readings() {
        return readings;
    }

    /** Whether identical subexpressions were kept apart (the "tree" option). */
    public boolean isTree() {
        return tree;
    }

    /** All nodes in topological order: every operand comes before the nodes that use it. */
    public List<Node> nodes() {
        return nodes;
    }

    /** The nodes computed from operands (not inputs or constants), in topological order. */
    public List<Node> computedNodes() {
        return computed;
    }

    public int size() {
        return nodes.size();
    }

    public Node node(int index) {
        return nodes.get(index);
    }

    public Node output() {
        return output;
    }

    /** The input variables, in order of first appearance in the program. */
    public List<Node> inputs() {
        return inputs;
    }

    public Optional<Node> input(String name) {
        return Optional.ofNullable(inputsByName.get(name));
    }

    /** The value the program itself gives an input ({@code a = 5}), if any. */
    /** Whether every node is a scalar, as in every program without brackets: the passes' fast case. */
    public boolean isScalar() {
        return scalar;
    }

    /** Where a node's numbers start in a pass's flat array of all nodes' numbers. */
    public int offset(Node node) {
        return offset[node.index()];
    }

    /** How many numbers all nodes hold together: the length of a pass's flat array. */
    public int numbers() {
        return offset[nodes.size()];
    }

    /** The value the program itself gives a vector or matrix input ({@code x = [1, -1]}), if any. */
    public Optional<Tensor> declaredTensor(Node input) {
        if (input.shape().isScalar()) {
            OptionalDouble value = declaredValue(input);
            return value.isPresent() ? Optional.of(Tensor.scalar(value.getAsDouble())) : Optional.empty();
        }
        return Optional.ofNullable(declaredTensors.get(input.index()));
    }

    public OptionalDouble declaredValue(Node input) {
        double value = declaredValues[input.index()];
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public int edgeCount() {
        return edges.length;
    }

    public OperandEdge edge(int position) {
        return edges[position];
    }

    public int operandCount(int node) {
        return operandStart[node + 1] - operandStart[node];
    }

    /** The edge into {@code node} from its operand in {@code slot}. */
    public OperandEdge operandEdge(int node, int slot) {
        return edges[operandStart[node] + slot];
    }

    /** Index of the operand in {@code slot} of {@code node}. */
    public int operand(int node, int slot) {
        return operandIndex[operandStart[node] + slot];
    }

    /** Position of the edge into {@code node} from {@code slot}, for per-edge arrays. */
    public int edgePosition(int node, int slot) {
        return operandStart[node] + slot;
    }

    public Op op(int node) {
        return ops[node];
    }

    /** The operands of a node, in slot order: for {@code a - b}, a then b. */
    public List<Node> operands(Node node) {
        List<Node> result = new ArrayList<>(operandCount(node.index()));
        for (int slot = 0; slot < operandCount(node.index()); slot++) {
            result.add(operandEdge(node.index(), slot).operand());
        }
        return result;
    }

    public int userCount(int node) {
        return userStart[node + 1] - userStart[node];
    }

    /** The {@code k}-th edge out of {@code node}, users in topological order. */
    public OperandEdge userEdge(int node, int k) {
        return edges[userEdges[userStart[node] + k]];
    }

    /** The edges along which a node's value is used: one per use, so fan-out gives several. */
    public List<OperandEdge> uses(Node node) {
        List<OperandEdge> result = new ArrayList<>(userCount(node.index()));
        for (int k = 0; k < userCount(node.index()); k++) {
            result.add(userEdge(node.index(), k));
        }
        return result;
    }
}
