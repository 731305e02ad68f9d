package studio.backprop.autodiff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import studio.backprop.expr.DerivativeFormula;
import studio.backprop.expr.Numbers;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;

/**
 * The chain rule for one input written out in full, as the lecture does beside the nudge: the sum
 * over every path from the input to J of the product of the local derivatives along it, first in
 * symbols, then in the operands' names, simplified, and as a number:
 * {@code dJ/db = ∂J/∂v · ∂v/∂u · ∂u/∂b = 3 · 1 · c = 3c = 6}, or with fan-out
 * {@code de/db = ∂e/∂c·∂c/∂b + ∂e/∂d·∂d/∂b = d·1 + c·1 = d + c = 5}.
 *
 * <p>The number is backprop's: the paths are what it adds up, in another order. A graph can have
 * more paths than atoms in the universe, so they are counted, not listed: a few are written and
 * the rest counted, and a long path is shortened to its ends.
 */
public final class ChainPaths {

    /** More paths than this are cut to the first ones and a count, as a caption's sum is. */
    static final int MOST_PATHS_WRITTEN = BackwardStep.MOST_TERMS_WRITTEN;
    /** A path with more local derivatives than this is written by its ends alone, in symbols only. */
    static final int MOST_FACTORS_WRITTEN = 10;

    private ChainPaths() {
    }

    /**
     * The chain rule for {@code input} in full, with gradients named after {@code output}
     * ({@code dJ/db}); empty for a graph with vectors or matrices, whose steps are written in
     * matrix form instead.
     */
    public static String of(Gradients gradients, Node input) {
        ComputationGraph graph = gradients.graph();
        if (!graph.isScalar()) return "";
        Node output = graph.output();
        String d = "d" + output.label() + "/d" + input.label();
        String value = Numbers.format(gradients.gradient(input));
        if (input == output) return d + " = 1";
        boolean[] reaches = graph.wiring().reachesOutput();
        if (!reaches[input.index()]) {
            return d + " = 0: no path leads from " + input.label() + " to " + output.label();
        }
        double count = count(graph, input, reaches);
        List<List<OperandEdge>> paths = first(graph, input, reaches, MOST_PATHS_WRITTEN);
        boolean cut = count > paths.size();
        List<List<OperandEdge>> written = cut ? paths.subList(0, MOST_PATHS_WRITTEN - 1) : paths;
        String times = written.size() == 1 ? " · " : "·";
        String rest = cut ? " + … (" + Numbers.format(count - written.size()) + " more paths)" : "";
        StringBuilder text = new StringBuilder(d).append(" = ")
                .append(sum(written, path -> symbols(path, times))).append(rest);
        boolean shortEnough = written.stream().allMatch(path -> path.size() <= MOST_FACTORS_WRITTEN);
        if (shortEnough) {
            String more = cut ? " + …" : "";
            String formulas = sum(written, path -> path.stream().map(gradients::formula).map(DerivativeFormula::asFactor)
                    .collect(Collectors.joining(times)));
            List<DerivativeFormula> products = written.stream().map(path -> product(gradients, path)).toList();
            String simplified = sum(products, DerivativeFormula::text).replace(" + −", " − ");
            if (!formulas.equals(value)) text.append(" = ").append(formulas).append(more);
            if (!products.stream().allMatch(DerivativeFormula::isNumber) && !simplified.equals(formulas)) {
                text.append(" = ").append(simplified).append(more);
            }
        }
        return text.append(" = ").append(value).toString();
    }

    /** How many paths lead from the input to the output: a count along the topological order, as a double since it can be huge. */
    static double count(ComputationGraph graph, Node input, boolean[] reaches) {
        double[] paths = new double[graph.size()];
        paths[input.index()] = 1;
        for (int i = input.index() + 1; i <= graph.output().index(); i++) {
            if (!reaches[i]) continue;
            for (int slot = 0; slot < graph.operandCount(i); slot++) {
                paths[i] += paths[graph.operand(i, slot)];
            }
        }
        return paths[graph.output().index()];
    }

    /**
     * The first {@code most} paths from the input to the output, each from the output's end as it is
     * written ({@code ∂J/∂v} first), found
     * by a depth-first walk along uses that lead to the output, so that no step is a dead end.
     */
    static List<List<OperandEdge>> first(ComputationGraph graph, Node input, boolean[] reaches, int most) {
        List<List<OperandEdge>> found = new ArrayList<>();
        Deque<OperandEdge> path = new ArrayDeque<>();
        Deque<Integer> next = new ArrayDeque<>();
        int node = input.index();
        next.push(0);
        while (!next.isEmpty() && found.size() < most) {
            if (node == graph.output().index()) {
                // The deque holds the newest edge first: the output's end.
                found.add(new ArrayList<>(path));
            }
            int k = next.pop();
            while (k < graph.userCount(node) && !reaches[graph.userEdge(node, k).user().index()]) k++;
            if (node == graph.output().index() || k >= graph.userCount(node)) {
                if (path.isEmpty()) break;
                node = path.pop().operand().index();
                continue;
            }
            OperandEdge edge = graph.userEdge(node, k);
            next.push(k + 1);
            path.push(edge);
            node = edge.user().index();
            next.push(0);
        }
        return found;
    }

    /** "∂J/∂v · ∂v/∂u · ∂u/∂b", from the output's end; a long path by its ends. */
    private static String symbols(List<OperandEdge> path, String times) {
        List<String> partials = path.stream().map(edge -> Formulas.partial(edge.user(), edge.operand())).toList();
        if (partials.size() <= MOST_FACTORS_WRITTEN) return String.join(times, partials);
        int hidden = partials.size() - 4;
        return String.join(times, partials.subList(0, 2)) + times + "… (" + hidden + " more)" + times
                + String.join(times, partials.subList(partials.size() - 2, partials.size()));
    }

    private static DerivativeFormula product(Gradients gradients, List<OperandEdge> path) {
        DerivativeFormula product = DerivativeFormula.number(1);
        for (OperandEdge edge : path) product = product.times(gradients.formula(edge));
        return product;
    }

    private static <T> String sum(List<T> terms, Function<T, String> written) {
        return terms.stream().map(written).collect(Collectors.joining(" + "));
    }
}
