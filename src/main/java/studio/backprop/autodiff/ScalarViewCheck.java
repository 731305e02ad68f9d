package studio.backprop.autodiff;

import java.util.LinkedHashMap;
import java.util.Map;

import studio.backprop.expr.Numbers;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.graph.ScalarExpansion;

/**
 * The tensor view checks itself: the same program exploded into scalars ({@link ScalarExpansion})
 * runs both scalar passes, and every input element's gradient, and the output, must come out as the
 * tensor passes give them. They are two independent paths to the same numbers, so agreement is
 * the check; a disagreement is reported, never hidden.
 *
 * @param agrees        every number compared agrees to 1e-9, relative
 * @param compared      how many numbers were compared
 * @param disagreement  the first that did not, in words, or null
 * @param scalars       the exploded graph's analysis, for the scalar view to show
 */
public record ScalarViewCheck(boolean agrees, int compared, String disagreement, Analysis scalars) {

    /** Relative difference allowed: the two paths add the same products in the same order, or nearly. */
    static final double TOLERANCE = 1e-9;

    /** Runs the exploded program at the same input values and from the same output element. */
    public static ScalarViewCheck of(Analysis tensors) {
        return of(tensors, ScalarExpansion.of(tensors.graph()).graph(tensors.gradients().seed(), false));
    }

    /**
     * Runs {@code scalarGraph}, the exploded program or the part of it that feeds one output
     * element, at the tensor analysis's input values, and compares: the tensor analysis must have
     * started its backward pass from the element that {@code scalarGraph} ends in.
     */
    public static ScalarViewCheck of(Analysis tensors, ComputationGraph scalarGraph) {
        return compare(tensors, Analysis.of(InputValues.declared(scalarGraph).with(elementValues(tensors)), 0));
    }

    /** The tensor analysis against a scalar analysis of its exploded graph. */
    static ScalarViewCheck compare(Analysis tensors, Analysis scalars) {
        ComputationGraph graph = tensors.graph();
        ComputationGraph scalarGraph = scalars.graph();
        int seed = tensors.gradients().seed();
        int compared = 1;
        String output = compare("the output " + ScalarExpansion.elementName(graph.output(), seed),
                tensors.evaluation().element(graph.output(), seed), scalars.evaluation().output());
        if (output != null) return new ScalarViewCheck(false, compared, output, scalars);
        for (Node input : graph.inputs()) {
            for (int e = 0; e < input.shape().size(); e++) {
                String name = ScalarExpansion.elementName(input, e);
                Node element = scalarGraph.input(name).orElse(null);
                if (element == null) continue;
                compared++;
                String problem = compare("d" + name, tensors.gradients().element(input, e), scalars.gradients().gradient(element));
                if (problem != null) return new ScalarViewCheck(false, compared, problem, scalars);
            }
        }
        return new ScalarViewCheck(true, compared, null, scalars);
    }

    private static Map<String, Double> elementValues(Analysis tensors) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Node input : tensors.graph().inputs()) {
            var value = tensors.evaluation().inputs().tensor(input);
            for (int e = 0; e < value.size(); e++) values.put(ScalarExpansion.elementName(input, e), value.get(e));
        }
        return values;
    }

    private static String compare(String what, double tensor, double scalar) {
        if (Double.isNaN(tensor) && Double.isNaN(scalar)) return null;
        double scale = Math.max(1, Math.max(Math.abs(tensor), Math.abs(scalar)));
        if (Math.abs(tensor - scalar) <= TOLERANCE * scale) return null;
        return what + " is " + Numbers.format(tensor) + " in the tensor view but " + Numbers.format(scalar)
                + " in the scalar view";
    }
}
