package studio.backprop.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import studio.backprop.autodiff.InputValues;
import studio.backprop.expr.InputRole;
import studio.backprop.expr.Op;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.tensor.Shape;
import studio.backprop.tensor.Tensor;

/**
 * Two-feature classification, as the course's logistic regression is: a data matrix X with two
 * columns (the features x₁ and x₂ of each example), data labels y of 0s and 1s, and a prediction
 * σ(z) with one number per example that depends on X alone among the data. Such a program's
 * examples can be drawn in the plane with the model's decision boundary, where σ(z) = 0.5, that is
 * z = 0.
 */
public final class ClassificationData {

    private final Node features;
    private final Node labels;
    private final Node prediction;
    private final double[] x1;
    private final double[] x2;
    private final boolean[] positive;

    private ClassificationData(Node features, Node labels, Node prediction, Tensor x, Tensor y) {
        this.features = features;
        this.labels = labels;
        this.prediction = prediction;
        int rows = x.shape().rows();
        x1 = new double[rows];
        x2 = new double[rows];
        positive = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            x1[i] = x.at(i, 0);
            x2[i] = x.at(i, 1);
            positive[i] = y.get(i) == 1;
        }
    }

    /** The program's two-feature classification, if it is one; {@code values} give the data's rows. */
    public static Optional<ClassificationData> of(ComputationGraph program, InputValues values) {
        List<Node> data = program.inputs().stream().filter(input -> input.role() == InputRole.DATA).toList();
        for (Node features : data) {
            Shape shape = features.shape();
            if (!shape.isMatrix() || shape.columns() != 2 || !values.has(features)) continue;
            int rows = shape.rows();
            Optional<Node> prediction = prediction(program, features, rows);
            if (prediction.isEmpty()) continue;
            for (Node labels : data) {
                if (labels != features && values.has(labels) && isLabels(values.tensor(labels), rows)
                        && dependsOnDataBut(program, prediction.get(), features).isEmpty()) {
                    return Optional.of(new ClassificationData(features, labels, prediction.get(), values.tensor(features),
                            values.tensor(labels)));
                }
            }
        }
        return Optional.empty();
    }

    /** X: the data matrix whose two columns are x₁ and x₂. */
    public Node features() {
        return features;
    }

    /** y: the 0/1 labels. */
    public Node labels() {
        return labels;
    }

    /** The σ node that predicts each example's label: the boundary is where its operand z is 0. */
    public Node prediction() {
        return prediction;
    }

    public int rows() {
        return x1.length;
    }

    /** Example {@code row} (from 0): its first feature. */
    public double x1(int row) {
        return x1[row];
    }

    public double x2(int row) {
        return x2[row];
    }

    /** Whether example {@code row} is labelled 1. */
    public boolean positive(int row) {
        return positive[row];
    }

    /** The last σ with one number per example that depends on {@code features}: the model's prediction. */
    private static Optional<Node> prediction(ComputationGraph program, Node features, int rows) {
        boolean[] reached = reach(program, features);
        Node found = null;
        for (Node node : program.nodes()) {
            Shape shape = node.shape();
            boolean perExample = shape.size() == rows && (shape.isVector() || shape.isMatrix() && shape.columns() == 1);
            if (node.op() == Op.SIGMOID && perExample && reached[node.index()]) found = node;
        }
        return Optional.ofNullable(found);
    }

    /** The data inputs other than {@code features} that {@code node} depends on: a boundary in the plane needs none. */
    private static List<Node> dependsOnDataBut(ComputationGraph program, Node node, Node features) {
        List<Node> others = new ArrayList<>();
        for (Node input : program.inputs()) {
            if (input.role() == InputRole.DATA && input != features && reach(program, input)[node.index()]) others.add(input);
        }
        return others;
    }

    /** Which nodes depend on {@code from}; the nodes come in topological order. */
    private static boolean[] reach(ComputationGraph program, Node from) {
        boolean[] reached = new boolean[program.size()];
        reached[from.index()] = true;
        for (Node node : program.nodes()) {
            for (Node operand : program.operands(node)) reached[node.index()] |= reached[operand.index()];
        }
        return reached;
    }

    private static boolean isLabels(Tensor y, int rows) {
        Shape shape = y.shape();
        if (shape.size() != rows || !(shape.isVector() || shape.isMatrix() && shape.columns() == 1)) return false;
        for (int i = 0; i < y.size(); i++) {
            if (y.get(i) != 0 && y.get(i) != 1) return false;
        }
        return true;
    }
}
