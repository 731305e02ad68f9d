package studio.backprop.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import studio.backprop.expr.Parser;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;

class LayerAssignmentTest {

    private static ComputationGraph graph(String source) {
        return GraphBuilder.build(Parser.parse(source));
    }

    private static int layerOf(ComputationGraph graph, int[] layers, String label) {
        return layers[graph.nodes().stream().filter(node -> node.label().equals(label)).findFirst().orElseThrow().index()];
    }

    @Test
    void onEveryProgramOfTheCorpusInputsComeFirstTheOutputAloneLastAndEdgesPointRight() {
        for (Corpus.Sample sample : Corpus.all()) {
            ComputationGraph graph = sample.graph();
            int[] layers = LayerAssignment.of(graph);
            int last = 0;
            for (int layer : layers) last = Math.max(last, layer);
            boolean[] used = new boolean[last + 1];
            for (Node node : graph.nodes()) {
                used[layers[node.index()]] = true;
                if (node.isInput()) assertThat(layers[node.index()]).as(sample + ": " + node).isZero();
                if (node != graph.output()) assertThat(layers[node.index()]).as(sample + ": " + node).isLessThan(last);
            }
            assertThat(layers[graph.output().index()]).as(sample.name()).isEqualTo(last);
            assertThat(used).as(sample + ": no empty layer").doesNotContain(false);
            for (int p = 0; p < graph.edgeCount(); p++) {
                OperandEdge edge = graph.edge(p);
                assertThat(layers[edge.user().index()]).as(sample + ": " + edge)
                        .isGreaterThan(layers[edge.operand().index()]);
            }
        }
    }

    @Test
    void aStepWithOneOperandAndTwoLateUsersMovesNextToItsUsers() {
        // u = sin(a) is used by w (layer 4) and J (layer 5): its edges are l + (4 - l) + (5 - l) long
        // in total, shortest for the latest layer it may take, 3, rather than layer 1 next to a.
        ComputationGraph graph = graph("u = sin(a)\nv = sin(sin(sin(b)))\nw = v*u\nJ = w + u");
        int[] layers = LayerAssignment.of(graph);
        assertThat(layerOf(graph, layers, "v")).isEqualTo(3);
        assertThat(layerOf(graph, layers, "u")).isEqualTo(3);
        assertThat(layerOf(graph, layers, "J")).isEqualTo(5);
    }

    @Test
    void aConstantStandsJustLeftOfItsUser() {
        ComputationGraph graph = graph("J = sin(sin(sin(x)))*2");
        int[] layers = LayerAssignment.of(graph);
        assertThat(layerOf(graph, layers, "2")).isEqualTo(3);
        assertThat(layerOf(graph, layers, "J")).isEqualTo(4);
    }

    @Test
    void anUnusedStepStaysLeftOfTheOutput() {
        ComputationGraph graph = graph("u = sin(sin(sin(a)))\nJ = a + 1");
        int[] layers = LayerAssignment.of(graph);
        assertThat(layerOf(graph, layers, "u")).isEqualTo(3);
        assertThat(layerOf(graph, layers, "J")).isEqualTo(4);
    }
}
