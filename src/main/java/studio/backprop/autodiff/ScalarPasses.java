package studio.backprop.autodiff;

import java.util.Arrays;

import studio.backprop.expr.Op;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;

/**
 * Forward and backward over one graph of scalars, again and again, into the same two buffers: for
 * callers that run the passes many times and keep only a few numbers of each run (a training step
 * keeps J and the parameters' gradients). {@link ForwardPass#run} and {@link BackwardPass#run} run
 * the same two loops into fresh arrays, because their results are immutable and kept.
 *
 * <p>Why a second way in: a fresh array comes from memory the garbage collector has not touched
 * lately, so writing 10,000 values into it misses the cache at every line; buffers written on every
 * run stay in it. On the 24-48-48-1 scalar network that is most of the difference between the two
 * (docs/benchmarks.md). Not safe for use from two threads at once.
 */
public final class ScalarPasses {

    private final ComputationGraph graph;
    private final ComputationGraph.Wiring wiring;
    private final int output;
    private final double[] values;
    private final double[] gradients;
    private boolean allFinite;

    public ScalarPasses(ComputationGraph graph) {
        if (!graph.isScalar()) {
            throw new IllegalArgumentException("the graph has vectors or matrices; run ForwardPass and BackwardPass on it");
        }
        this.graph = graph;
        this.wiring = graph.wiring();
        this.output = graph.output().index();
        this.values = new double[graph.size()];
        this.gradients = new double[graph.size()];
    }

    public ComputationGraph graph() {
        return graph;
    }

    /** Both passes at {@code inputs}, which must be values of this graph; returns J. */
    public double run(InputValues inputs) {
        if (inputs.graph() != graph) throw new IllegalArgumentException("the values are for another graph");
        System.arraycopy(inputs.seeded(), 0, values, 0, values.length);
        boolean valuesFinite = forward(wiring, values);
        Arrays.fill(gradients, 0);
        gradients[output] = 1;
        allFinite = backward(wiring, output, values, gradients) && valuesFinite;
        return values[output];
    }

    /** A node's value in the last run. */
    public double value(Node node) {
        return values[node.index()];
    }

    /** dnode in the last run: 0 for a node that does not lead to J. */
    public double gradient(Node node) {
        return gradients[node.index()];
    }

    /**
     * Whether every value and gradient of the last run was finite. When not, {@link Analysis#of} on
     * the same inputs gives the same numbers with the reason for each NaN or ±∞.
     */
    public boolean allFinite() {
        return allFinite;
    }

    /**
     * Every node's value in topological order, into {@code values}, which holds the inputs' and
     * constants' values on entry. Returns whether every value is finite.
     */
    static boolean forward(ComputationGraph.Wiring wiring, double[] values) {
        Op[] ops = wiring.ops();
        int[] start = wiring.operandStart();
        int[] operand = wiring.operandIndex();
        boolean allFinite = true;
        for (int i = 0; i < values.length; i++) {
            int from = start[i];
            int to = start[i + 1];
            if (from == to) continue;
            values[i] = apply(ops[i], from, to, operand, values);
            allFinite &= Math.abs(values[i]) <= Double.MAX_VALUE;
        }
        return allFinite;
    }

    /** One node's value; its one or two operands (the graph has no more) go to the op as plain numbers (see Op on why). */
    static double apply(Op op, int from, int to, int[] operand, double[] values) {
        return op.apply(values[operand[from]], to - from == 2 ? values[operand[from + 1]] : Double.NaN);
    }

    /**
     * Every node's gradient in reverse topological order, into {@code gradients}, which is 0
     * everywhere but 1 at the output on entry. Returns whether every gradient is finite.
     */
    static boolean backward(ComputationGraph.Wiring wiring, int output, double[] values, double[] gradients) {
        Op[] ops = wiring.ops();
        int[] start = wiring.operandStart();
        int[] operand = wiring.operandIndex();
        boolean[] reachesOutput = wiring.reachesOutput();
        // Every user of node i comes after it, so its gradient is final here: checking it now spares
        // a second walk over all the gradients when, as almost always, every one is finite.
        boolean allFinite = true;
        for (int i = output; i >= 0; i--) {
            double gradient = gradients[i];
            allFinite &= Math.abs(gradient) <= Double.MAX_VALUE;
            int from = start[i];
            int to = start[i + 1];
            if (from == to || !reachesOutput[i]) continue;
            // One or two operands (the graph has no more), as plain numbers: see Op's note on why.
            boolean binary = to - from == 2;
            int first = operand[from];
            int second = binary ? operand[from + 1] : first;
            double x = values[first];
            double y = binary ? values[second] : Double.NaN;
            if (Double.isNaN(values[i]) && Double.isFinite(x) && (!binary || Double.isFinite(y))) {
                gradients[first] = Double.NaN;
                gradients[second] = Double.NaN;
            } else {
                ops[i].chain(x, y, values[i], gradient, gradients, first, second);
            }
        }
        return allFinite;
    }
}
