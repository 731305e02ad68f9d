package studio.backprop.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

import studio.backprop.expr.Parser;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;

class LayerOrderingTest {

    /** Crossings by comparing every two segments between neighbouring layers: the oracle for {@link LayeredGraph#crossings}. */
    private static long byEveryPair(LayeredGraph layered) {
        long count = 0;
        for (int l = 0; l + 1 < layered.layerCount(); l++) {
            for (int v : layered.order[l]) {
                for (int w : layered.order[l]) {
                    if (layered.position[v] >= layered.position[w]) continue;
                    for (int i = 0; i < layered.down[v].length; i++) {
                        for (int j = 0; j < layered.down[w].length; j++) {
                            int x = layered.down[v][i], y = layered.down[w][j];
                            // v is above w: they cross if v's segment ends lower, at a later vertex or a lower port of the same one.
                            boolean lower = x != y ? layered.position[x] > layered.position[y]
                                    : layered.downPort[v][i] > layered.downPort[w][j];
                            if (lower) count++;
                        }
                    }
                }
            }
        }
        return count;
    }

    private static LayeredGraph layered(ComputationGraph graph) {
        return LayeredGraph.of(graph, LayerAssignment.of(graph));
    }

    private static void shuffle(LayeredGraph layered, Random random) {
        for (int l = 0; l < layered.layerCount(); l++) {
            int[] layer = layered.order[l];
            for (int i = layer.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = layer[i];
                layer[i] = layer[j];
                layer[j] = t;
            }
            layered.placeLayer(l);
        }
    }

    @Test
    void crossingsAreCountedAsComparingEverySegmentWithEveryOtherDoes() {
        Random random = new Random(3);
        for (Corpus.Sample sample : Corpus.all()) {
            LayeredGraph layered = layered(sample.graph());
            layered.sortLayersBy(new double[layered.vertexCount()]);
            for (int run = 0; run < 3; run++) {
                shuffle(layered, random);
                assertThat(layered.crossings()).as(sample.name()).isEqualTo(byEveryPair(layered));
            }
        }
    }

    @Test
    void everyLongEdgeHasOneDummyInEachLayerItPasses() {
        ComputationGraph graph = GraphBuilder.build(Parser.parse("J = sin(sin(sin(x))) * x"));
        LayeredGraph layered = layered(graph);
        // x → J passes layers 1, 2 and 3; every other edge joins neighbouring layers.
        assertThat(layered.vertexCount()).isEqualTo(graph.size() + 3);
        int longEdge = graph.operandEdge(graph.output().index(), 1).position();
        assertThat(java.util.Arrays.stream(layered.dummies[longEdge]).map(d -> layered.layer[d]).toArray()).containsExactly(1, 2, 3);
    }

    @Test
    void orderingNeverEndsWithMoreCrossingsThanTheReadingOrderAndTreesKeepNone() {
        for (Corpus.Sample sample : Corpus.all()) {
            ComputationGraph graph = sample.graph();
            LayeredGraph reading = layered(graph);
            LayerOrdering.readingOrder(graph, reading);
            LayeredGraph ordered = layered(graph);
            LayerOrdering.order(graph, ordered, LayoutEffort.DETAILED);
            assertThat(ordered.crossings()).as(sample.name()).isLessThanOrEqualTo(reading.crossings());
            if (Corpus.isTree(graph)) assertThat(reading.crossings()).as(sample.name()).isZero();
        }
    }

    @Test
    void onSharedInputDagsTheSweepsRemoveMostOfTheReadingOrdersCrossings() {
        ComputationGraph graph = sharedInputs100();
        LayeredGraph reading = layered(graph);
        LayerOrdering.readingOrder(graph, reading);
        LayeredGraph ordered = layered(graph);
        LayerOrdering.order(graph, ordered, LayoutEffort.DETAILED);
        assertThat(ordered.crossings()).isLessThan(reading.crossings() / 2);
    }

    @Test
    void aStopBeforeTheFirstSweepLeavesTheReadingOrder() {
        ComputationGraph graph = sharedInputs100();
        LayeredGraph reading = layered(graph);
        LayerOrdering.readingOrder(graph, reading);
        LayeredGraph stopped = layered(graph);
        LayerOrdering.order(graph, stopped, LayoutEffort.DETAILED, () -> true);
        assertThat(stopped.crossings()).isEqualTo(reading.crossings());
        assertThat(stopped.order).isDeepEqualTo(reading.order);
    }

    /** The 100-node shared-input DAG of the layout benchmarks, from its fixed seed. */
    private static ComputationGraph sharedInputs100() {
        return GraphBuilder.build(Parser.parse(SamplePrograms.sharedInputs(100, new Random(100))), BuildOptions.MERGED);
    }
}
