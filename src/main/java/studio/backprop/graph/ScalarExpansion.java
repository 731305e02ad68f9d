package studio.backprop.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import studio.backprop.expr.Op;
import studio.backprop.expr.SizeLimit;
import studio.backprop.tensor.Broadcast;
import studio.backprop.tensor.Shape;
import studio.backprop.tensor.Tensor;

/**
 * A program with vectors and matrices, exploded into scalars: every element a node of its own,
 * named as the course names it, {@code W1[3,2]}, {@code u[2]}. A matrix product becomes its sums
 * of products, a broadcast reuses the element it stretches, a transpose, an index and a bracket
 * only rename elements.
 *
 * <p>This is the second, independent path to the same numbers (HOUSE-STYLE §8): it is built from
 * the graph's structure with the scalar ops alone and never calls the tensor arithmetic, so when
 * its passes agree with the tensor passes, both are right.
 */
public final class ScalarExpansion {

    private final ComputationGraph tensors;
    private final NodeTable table = new NodeTable(SizeLimit.mostNodes());
    /** For each tensor node, the scalar node of each of its elements, row by row. */
    private final int[][] elements;
    private final List<Integer> inputs = new ArrayList<>();
    private final Set<String> labels = new HashSet<>();
    /** The tensor node being exploded: its elements' nodes point back at its text. */
    private Node current;

    private ScalarExpansion(ComputationGraph tensors) {
        this.tensors = tensors;
        this.elements = new int[tensors.size()][];
        // The program's own names stay taken, so the builder's letters for inner sums never look like them.
        tensors.nodes().forEach(node -> labels.add(node.label()));
        for (Node node : tensors.nodes()) {
            elements[node.index()] = expand(node);
        }
    }

    public static ScalarExpansion of(ComputationGraph tensors) {
        return new ScalarExpansion(tensors);
    }

    /** How many scalar nodes the whole expansion has. */
    public int size() {
        return table.size();
    }

    /**
     * The exploded graph whose output is one element of the program's output (0 for a scalar J),
     * with every scalar node; with {@code onlyFeeding}, only the nodes that element depends on.
     */
    public ComputationGraph graph(int outputElement, boolean onlyFeeding) {
        int output = elements[tensors.output().index()][outputElement];
        Labels letters = new Labels(labels);
        if (!onlyFeeding) {
            return table.toGraph(tensors.source(), output, inputs.stream().mapToInt(Integer::intValue).toArray(), letters, true,
                    List.of());
        }
        return table.feeding(output, inputs, letters, tensors.source());
    }

    /** One element of a node as the exploded graph names it, counted from 1: {@code W1[3,2]}, {@code x[2]}. */
    public static String elementName(Node node, int element) {
        Shape shape = node.shape();
        if (shape.isScalar()) return node.label();
        if (shape.isMatrix() && shape.rows() > 1 && shape.columns() > 1) {
            return node.label() + "[" + (element / shape.columns() + 1) + "," + (element % shape.columns() + 1) + "]";
        }
        return node.label() + "[" + (element + 1) + "]";
    }

    private int[] expand(Node node) {
        current = node;
        if (node.isInput()) return inputElements(node);
        if (node.isConstant()) return new int[] {table.addLeaf(Op.CONST, node.label(), false, node.span(), node.constant())};
        List<Node> operands = tensors.operands(node);
        int[][] in = new int[operands.size()][];
        for (int slot = 0; slot < in.length; slot++) in[slot] = elements[operands.get(slot).index()];
        int[] out = switch (node.op()) {
            case TRANSPOSE -> transposed(operands.get(0).shape(), in[0]);
            case INDEX -> new int[] {in[0][node.element()]};
            case STACK -> stacked(in);
            case SUM, MEAN -> new int[] {sum(node, in[0])};
            case MATMUL -> product(node, operands.get(0).shape(), operands.get(1).shape(), in[0], in[1]);
            default -> elementwise(node, operands, in);
        };
        // An op that only renames elements makes no nodes; named, its elements still carry the name.
        boolean renames = node.op() == Op.TRANSPOSE || node.op() == Op.INDEX || node.op() == Op.STACK || node.op() == Op.IDENTITY;
        if (renames && node.isNamed()) {
            for (int e = 0; e < out.length; e++) {
                out[e] = table.add(Op.IDENTITY, elementName(node, e), true, node.span(), Double.NaN, new int[] {out[e]}, 1);
                labels.add(elementName(node, e));
            }
        }
        return out;
    }

    private int[] inputElements(Node input) {
        int[] out = new int[input.shape().size()];
        Optional<Tensor> declared = tensors.declaredTensor(input);
        for (int e = 0; e < out.length; e++) {
            out[e] = table.addLeaf(Op.INPUT, elementName(input, e), true, input.span(), Double.NaN);
            labels.add(elementName(input, e));
            if (declared.isPresent()) table.declare(out[e], Tensor.scalar(declared.get().get(e)));
            inputs.add(out[e]);
        }
        return out;
    }

    private int[] elementwise(Node node, List<Node> operands, int[][] in) {
        int[] out = new int[node.shape().size()];
        if (in.length == 1) {
            for (int e = 0; e < out.length; e++) out[e] = add(node.op(), elementLabel(node, e), in[0][e]);
            return out;
        }
        int[] ia = Broadcast.indices(operands.get(0).shape(), node.shape());
        int[] ib = Broadcast.indices(operands.get(1).shape(), node.shape());
        for (int e = 0; e < out.length; e++) out[e] = add(node.op(), elementLabel(node, e), in[0][ia[e]], in[1][ib[e]]);
        return out;
    }

    /** Element (i, j) of A·B is the sum over k of A[i,k]·B[k,j]; two vectors give one such sum. */
    private int[] product(Node node, Shape a, Shape b, int[] left, int[] right) {
        if (a.isVector() && b.isVector()) {
            return new int[] {sumOfProducts(left, 0, 1, right, 0, 1, a.rows(), elementLabel(node, 0))};
        }
        int m = a.rows();
        int inner = a.columns();
        int n = b.columns();
        int[] out = new int[node.shape().size()];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                out[i * n + j] = sumOfProducts(left, i * inner, 1, right, j, n, inner, elementLabel(node, i * n + j));
            }
        }
        return out;
    }

    /** left[s]·right[t] + … over count terms, the last node labelled {@code label}. */
    private int sumOfProducts(int[] left, int leftStart, int leftStep, int[] right, int rightStart, int rightStep,
                              int count, String label) {
        int total = add(Op.MUL, count == 1 ? label : null, left[leftStart], right[rightStart]);
        for (int k = 1; k < count; k++) {
            int term = add(Op.MUL, null, left[leftStart + k * leftStep], right[rightStart + k * rightStep]);
            total = add(Op.ADD, k == count - 1 ? label : null, total, term);
        }
        return total;
    }

    private int sum(Node node, int[] in) {
        boolean mean = node.op() == Op.MEAN;
        String label = elementLabel(node, 0);
        int total = in[0];
        for (int e = 1; e < in.length; e++) total = add(Op.ADD, e == in.length - 1 && !mean ? label : null, total, in[e]);
        if (in.length == 1 && !mean) total = add(Op.IDENTITY, label, total);
        if (mean) {
            int count = table.addLeaf(Op.CONST, Integer.toString(in.length), false, node.span(), in.length);
            total = add(Op.DIV, label, total, count);
        }
        return total;
    }

    private static int[] transposed(Shape shape, int[] in) {
        if (!shape.isMatrix() || shape.rows() == 1 || shape.columns() == 1) return in.clone();
        int rows = shape.rows();
        int columns = shape.columns();
        int[] out = new int[in.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) out[c * rows + r] = in[r * columns + c];
        }
        return out;
    }

    private static int[] stacked(int[][] in) {
        int width = in[0].length;
        int[] out = new int[in.length * width];
        for (int i = 0; i < in.length; i++) System.arraycopy(in[i], 0, out, i * width, width);
        return out;
    }

    private int add(Op op, String label, int... operands) {
        return table.add(op, label, label != null, current.span(), Double.NaN, operands, operands.length);
    }

    private String elementLabel(Node node, int element) {
        String label = elementName(node, element);
        labels.add(label);
        return label;
    }
}
