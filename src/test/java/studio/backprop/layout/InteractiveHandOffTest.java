package studio.backprop.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import studio.backprop.graph.ComputationGraph;

/** ELK draws the layers and the order we hand it, not its own. */
class InteractiveHandOffTest {

    @Test
    void everyBoxStandsInItsLayersColumnAndInItsOrderWithinIt() {
        for (Corpus.Sample sample : Corpus.all()) {
            ComputationGraph graph = sample.graph();
            LayeredGraph layered = LayeredGraph.of(graph, LayerAssignment.of(graph));
            LayerOrdering.order(graph, layered, LayoutEffort.DETAILED);
            Drawing drawing = new ElkLayeredLayout(LayoutEffort.DETAILED).layout(graph);
            for (int l = 0; l < layered.layerCount(); l++) {
                int layer = l;
                List<Integer> ours = IntStream.of(layered.order[l]).filter(v -> v < graph.size()).boxed().toList();
                List<Integer> drawn = drawing.boxes().stream().filter(box -> box.column() == layer)
                        .sorted(Comparator.comparingDouble(NodeBox::y)).map(box -> box.node().index()).toList();
                assertThat(drawn).as(sample + ", column " + l).isEqualTo(ours);
            }
        }
    }

    @Test
    void theDrawingHasNoMoreCrossingsThanTheOrderWithStraightSegmentsWouldOnTheBenchmarksDag() {
        ComputationGraph graph = new Corpus.Sample("DAG", SamplePrograms.sharedInputs(100, new java.util.Random(100)),
                studio.backprop.graph.BuildOptions.MERGED).graph();
        LayeredGraph layered = LayeredGraph.of(graph, LayerAssignment.of(graph));
        LayerOrdering.order(graph, layered, LayoutEffort.DETAILED);
        Drawing drawing = new ElkLayeredLayout(LayoutEffort.DETAILED).layout(graph);
        // Orthogonal routing may add a few where edges share a source, never many: ELK kept the order.
        assertThat((long) CrossingCounter.count(drawing)).isLessThan(layered.crossings() * 11 / 10);
    }
}
