package studio.backprop.autodiff;

import java.util.Map;

import studio.backprop.expr.Parser;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.graph.Node;

/** Test shorthand: parse, build and run both passes. */
final class Programs {

    private Programs() {
    }

    static ComputationGraph graph(String source) {
        return GraphBuilder.build(Parser.parse(source), BuildOptions.MERGED);
    }

    static Analysis analyze(String source) {
        return Analysis.of(InputValues.declared(graph(source)));
    }

    static Analysis analyze(String source, Map<String, Double> values) {
        InputValues inputs = InputValues.declared(graph(source));
        for (Map.Entry<String, Double> entry : values.entrySet()) {
            inputs = inputs.with(entry.getKey(), entry.getValue());
        }
        return Analysis.of(inputs);
    }

    static Node node(Analysis analysis, String label) {
        return analysis.graph().nodes().stream().filter(node -> node.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + label));
    }

    static double value(Analysis analysis, String label) {
        return analysis.evaluation().value(node(analysis, label));
    }

    static double grad(Analysis analysis, String label) {
        return analysis.gradients().gradient(node(analysis, label));
    }
}
