package studio.backprop.autodiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.graph.ScalarExpansion;
import studio.backprop.tensor.Dense;

/**
 * Jacobians at the evaluated point, made by the backward pass itself: one backward pass from each
 * element of a node gives one row, ∂node[i]/∂(everything before it). For a vector output f this
 * is ∂f/∂x for every input; with an intermediate g that every path goes through, the course's
 * Jacobian chain rule ∂f/∂x = ∂f/∂g · ∂g/∂x, with the actual matrices.
 */
public final class Jacobians {

    private Jacobians() {
    }

    /** ∂of/∂wrt: one row per element of {@code of}, one column per element of {@code wrt}. */
    public static double[][] of(Evaluation evaluation, Node of, Node wrt) {
        ComputationGraph graph = evaluation.graph();
        double[][] rows = new double[of.shape().size()][wrt.shape().size()];
        for (int i = 0; i < rows.length; i++) {
            double[] gradients = TensorPasses.backward(evaluation, of, i);
            System.arraycopy(gradients, graph.offset(wrt), rows[i], 0, rows[i].length);
        }
        return rows;
    }

    /** ∂of/∂(all inputs), the inputs' elements side by side as columns, in input order. */
    public static double[][] ofInputs(Evaluation evaluation, Node of) {
        ComputationGraph graph = evaluation.graph();
        int columns = graph.inputs().stream().mapToInt(input -> input.shape().size()).sum();
        double[][] rows = new double[of.shape().size()][columns];
        for (int i = 0; i < rows.length; i++) {
            double[] gradients = TensorPasses.backward(evaluation, of, i);
            int column = 0;
            for (Node input : graph.inputs()) {
                System.arraycopy(gradients, graph.offset(input), rows[i], column, input.shape().size());
                column += input.shape().size();
            }
        }
        return rows;
    }

    /** The course's chain rule through {@code middle}: ∂f/∂g, ∂g/∂x and their product, which is ∂f/∂x. */
    public record ChainRule(Node output, Node middle, double[][] outer, double[][] inner, double[][] product) {
    }

    /**
     * The Jacobian chain rule of a vector output through the latest named vector every path from
     * the inputs goes through, as in f = (sin(g₁), ln(g₂)) with g = (x² + y, y³); empty if there is
     * no such node.
     */
    public static Optional<ChainRule> chainRule(Evaluation evaluation) {
        ComputationGraph graph = evaluation.graph();
        Node output = graph.output();
        for (int i = output.index() - 1; i >= 0; i--) {
            Node middle = graph.node(i);
            if (!middle.isNamed() || middle.isInput() || middle.shape().isScalar()) continue;
            if (!everyPathGoesThrough(graph, middle)) continue;
            double[][] outer = of(evaluation, output, middle);
            double[][] inner = ofInputs(evaluation, middle);
            return Optional.of(new ChainRule(output, middle, outer, inner, multiply(outer, inner)));
        }
        return Optional.empty();
    }

    /** Whether the output depends on the inputs only through {@code middle}: cut it out and nothing reaches. */
    private static boolean everyPathGoesThrough(ComputationGraph graph, Node middle) {
        boolean[] reaches = new boolean[graph.size()];
        reaches[graph.output().index()] = true;
        for (int i = graph.output().index(); i >= 0; i--) {
            if (!reaches[i] || i == middle.index()) continue;
            for (Node operand : graph.operands(graph.node(i))) reaches[operand.index()] = true;
        }
        return graph.inputs().stream().noneMatch(input -> reaches[input.index()]);
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int m = a.length;
        int inner = b.length;
        int n = b[0].length;
        double[] out = new double[m * n];
        Dense.multiply(flat(a), m, inner, false, flat(b), inner, n, false, out);
        double[][] product = new double[m][n];
        for (int i = 0; i < m; i++) System.arraycopy(out, i * n, product[i], 0, n);
        return product;
    }

    private static double[] flat(double[][] rows) {
        double[] flat = new double[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) System.arraycopy(rows[i], 0, flat, i * rows[i].length, rows[i].length);
        return flat;
    }

    /** The inputs' elements in the order of {@link #ofInputs}'s columns: "x", "y", "W[1,1]", ... */
    public static List<String> inputColumns(ComputationGraph graph) {
        List<String> names = new ArrayList<>();
        for (Node input : graph.inputs()) {
            for (int e = 0; e < input.shape().size(); e++) names.add(ScalarExpansion.elementName(input, e));
        }
        return names;
    }
}
