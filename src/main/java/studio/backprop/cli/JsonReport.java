package studio.backprop.cli;

import java.util.List;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.Evaluation;
import studio.backprop.autodiff.Gradients;
import studio.backprop.autodiff.Nudge;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code --json} report: one object with the output, the inputs (value, gradient and nudge
 * check, in order of first appearance) and the nodes (in topological order, with local
 * derivatives per operand). NaN and ±∞, which JSON cannot hold, are the strings "NaN",
 * "Infinity" and "-Infinity".
 */
final class JsonReport {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonReport() {
    }

    static String render(Analysis analysis, List<Nudge> nudges, double h) {
        ComputationGraph graph = analysis.graph();
        Evaluation evaluation = analysis.evaluation();
        Gradients gradients = analysis.gradients();

        ObjectNode root = MAPPER.createObjectNode();
        root.put("output", graph.output().label());
        number(root, "value", evaluation.output());
        number(root, "h", h);

        ObjectNode inputs = root.putObject("inputs");
        for (Nudge nudge : nudges) {
            ObjectNode input = inputs.putObject(nudge.input().label());
            number(input, "value", nudge.x());
            number(input, "grad", nudge.analytic());
            number(input, "nudge", nudge.forward());
            number(input, "central", nudge.central());
            number(input, "deltaX", nudge.deltaX());
            number(input, "deltaJ", nudge.deltaJ());
            number(input, "relativeError", nudge.relativeError());
        }

        ArrayNode nodes = root.putArray("nodes");
        for (Node node : graph.nodes()) {
            ObjectNode entry = nodes.addObject();
            entry.put("id", node.id());
            entry.put("label", node.label());
            entry.put("op", node.op().jsonName());
            number(entry, "value", evaluation.value(node));
            number(entry, "grad", gradients.gradient(node));
            ArrayNode operands = entry.putArray("operands");
            ArrayNode local = entry.putArray("local");
            for (int slot = 0; slot < graph.operandCount(node.index()); slot++) {
                OperandEdge edge = graph.operandEdge(node.index(), slot);
                operands.add(edge.operand().id());
                add(local, gradients.local(edge));
            }
            evaluation.problem(node).ifPresent(problem -> entry.put("problem", problem));
            gradients.problem(node).ifPresent(problem -> entry.put("gradProblem", problem));
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void number(ObjectNode object, String key, double value) {
        if (Double.isFinite(value)) {
            object.put(key, value);
        } else {
            object.put(key, nonFinite(value));
        }
    }

    private static void add(ArrayNode array, double value) {
        if (Double.isFinite(value)) {
            array.add(value);
        } else {
            array.add(nonFinite(value));
        }
    }

    private static String nonFinite(double value) {
        return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
    }
}
