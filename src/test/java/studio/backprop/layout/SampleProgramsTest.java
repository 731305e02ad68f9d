package studio.backprop.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import studio.backprop.expr.Parser;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.graph.Node;

class SampleProgramsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 100, 1000})
    void generatedTreesAreTreesOfTheRequestedSize(int size) {
        ComputationGraph graph = GraphBuilder.build(Parser.parse(SamplePrograms.tree(size, new Random(size))),
                BuildOptions.TREE);
        assertThat(Corpus.isTree(graph)).isTrue();
        assertThat(graph.size()).isBetween(size, size + 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 100, 1000})
    void sharedInputDagsUseTheirInputsAtManyDepthsAndLeaveNothingUnused(int size) {
        ComputationGraph graph = GraphBuilder.build(Parser.parse(SamplePrograms.sharedInputs(size, new Random(size))));
        assertThat(graph.size()).isBetween(size * 3 / 4, size);
        for (Node node : graph.nodes()) {
            assertThat(node == graph.output() || graph.userCount(node.index()) > 0).as("%s is used", node).isTrue();
        }
        Node first = graph.inputs().get(0);
        assertThat(graph.userCount(first.index())).isGreaterThan(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 100})
    void recurrencesUseAnInputAtEveryStep(int size) {
        ComputationGraph graph = GraphBuilder.build(Parser.parse(SamplePrograms.recurrence(size, 5)));
        assertThat(graph.size()).isEqualTo(size);
        assertThat(graph.inputs()).hasSize(5);
        for (Node node : graph.computedNodes()) {
            assertThat(graph.operands(node)).anyMatch(Node::isInput);
        }
    }

    @ParameterizedTest
    @CsvSource({"2-3-1, 37", "8-8-1, 242", "16-16-1, 866"})
    void networksHaveTheKnownNodeCounts(String widths, int nodes) {
        int[] layers = java.util.Arrays.stream(widths.split("-")).mapToInt(Integer::parseInt).toArray();
        assertThat(GraphBuilder.build(Parser.parse(SamplePrograms.network(layers))).size()).isEqualTo(nodes);
    }
}
