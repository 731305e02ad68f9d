package studio.backprop.training;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import studio.backprop.autodiff.Evaluation;
import studio.backprop.autodiff.ForwardPass;
import studio.backprop.autodiff.InputValues;
import studio.backprop.expr.InputRole;
import studio.backprop.expr.ProgramException;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.graph.Node;
import studio.backprop.tensor.Shape;
import studio.backprop.tensor.Tensor;

/**
 * Where a classifier puts its decision boundary: the same program run forward on a grid of points
 * over the plane of the two features instead of the examples, giving z (the input of the
 * prediction σ) at each point. Built once, as a batch of other rows is ({@link DataRows}); each
 * {@link #scores} is one forward pass over the grid at the parameters given.
 */
public final class DecisionSurface {

    /** Points along each side of the grid: enough for a smooth boundary, few enough for a pass per frame. */
    public static final int POINTS = 41;
    /** The plot reaches this share of the data's extent beyond it on every side, so no point sits on the frame. */
    static final double MARGIN = 0.1;

    private final ComputationGraph grid;
    private final Node score;
    private final InputValues fixed;
    private final double[] range;

    private DecisionSurface(ComputationGraph grid, Node score, InputValues fixed, double[] range) {
        this.grid = grid;
        this.score = score;
        this.fixed = fixed;
        this.range = range;
    }

    /**
     * The surface of {@code data}'s classifier, or empty if the program cannot be run on a grid
     * (a plain input sized to the examples, say). {@code start} gives the plain inputs their values.
     */
    public static Optional<DecisionSurface> of(String source, BuildOptions options, ComputationGraph program,
                                               ClassificationData data, InputValues start) {
        double[] range = range(data);
        int count = POINTS * POINTS;
        Map<String, Tensor> rows = new HashMap<>();
        for (Node input : program.inputs()) {
            if (input.role() != InputRole.DATA) continue;
            Shape shape = input.shape();
            // Only X matters to the prediction; the other data get as many rows of zeros.
            Shape gridShape = shape.isMatrix() ? Shape.matrix(count, shape.columns()) : Shape.vector(count);
            rows.put(input.label(), input == data.features() ? points(range) : Tensor.of(gridShape, new double[gridShape.size()]));
        }
        ComputationGraph grid;
        try {
            grid = GraphBuilder.compile(source, options.withData(new DataRows(options.data(), rows)));
        } catch (ProgramException e) {
            return Optional.empty();
        }
        Node score = program.operands(data.prediction()).get(0);
        if (grid.size() != program.size() || grid.node(score.index()).op() != score.op()) return Optional.empty();
        InputValues fixed = InputValues.declared(grid);
        for (Node input : program.inputs()) {
            if (input.role() == InputRole.PLAIN && start.has(input)) {
                fixed = fixed.with(grid.input(input.label()).orElseThrow(), start.tensor(input));
            }
        }
        return Optional.of(new DecisionSurface(grid, grid.node(score.index()), fixed, range));
    }

    /** z over the grid with the parameters at {@code parameters}, by name. */
    public ScoreGrid scores(Map<String, Tensor> parameters) {
        InputValues values = fixed;
        for (Map.Entry<String, Tensor> parameter : parameters.entrySet()) {
            values = values.with(grid.input(parameter.getKey()).orElseThrow(), parameter.getValue());
        }
        Evaluation evaluation = ForwardPass.run(values);
        return new ScoreGrid(range[0], range[1], range[2], range[3], POINTS, evaluation.tensor(score).toArray());
    }

    /** x₁ from, to, x₂ from, to: the data's extent and a margin, at least 0.5 on each side of a single value. */
    static double[] range(ClassificationData data) {
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < data.rows(); i++) {
            range[0] = Math.min(range[0], data.x1(i));
            range[1] = Math.max(range[1], data.x1(i));
            range[2] = Math.min(range[2], data.x2(i));
            range[3] = Math.max(range[3], data.x2(i));
        }
        for (int axis = 0; axis < 4; axis += 2) {
            double pad = Math.max(MARGIN * (range[axis + 1] - range[axis]), range[axis + 1] == range[axis] ? 0.5 : 0);
            range[axis] -= pad;
            range[axis + 1] += pad;
        }
        return range;
    }

    /** The grid's points as the rows of X, row by row: x₂ from its least, x₁ running fastest. */
    private static Tensor points(double[] range) {
        double[] xy = new double[POINTS * POINTS * 2];
        for (int i = 0; i < POINTS; i++) {
            for (int j = 0; j < POINTS; j++) {
                int k = i * POINTS + j;
                xy[2 * k] = range[0] + (range[1] - range[0]) * j / (POINTS - 1);
                xy[2 * k + 1] = range[2] + (range[3] - range[2]) * i / (POINTS - 1);
            }
        }
        return Tensor.of(Shape.matrix(POINTS * POINTS, 2), xy);
    }
}
