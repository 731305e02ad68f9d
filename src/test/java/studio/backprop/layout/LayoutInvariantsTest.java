package studio.backprop.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import studio.backprop.graph.ComputationGraph;

/**
 * The layout contract, checked on every program of the {@link Corpus} in both edge shapes. Each
 * program is laid out once and the drawing shared by the checks, to keep the suite fast.
 */
class LayoutInvariantsTest {

    private static final GraphLayout LAYOUT = new ElkLayeredLayout();
    private static final Map<String, Drawn> DRAWN = new ConcurrentHashMap<>();

    private record Drawn(ComputationGraph graph, Drawing drawing) {
    }

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        for (Corpus.Sample sample : Corpus.all()) {
            for (EdgeShape shape : EdgeShape.values()) {
                cases.add(Arguments.of(sample, shape));
            }
        }
        return cases.stream();
    }

    private static Drawn drawn(Corpus.Sample sample, EdgeShape shape) {
        return DRAWN.computeIfAbsent(sample.name() + "/" + shape, key -> {
            ComputationGraph graph = sample.graph();
            return new Drawn(graph, LAYOUT.layout(graph, LayoutStyle.DEFAULT.withEdgeShape(shape)));
        });
    }

    private static Drawing draw(Corpus.Sample sample, EdgeShape shape) {
        return drawn(sample, shape).drawing();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("corpus")
    void everyNodeAndEdgeIsDrawnOnce(Corpus.Sample sample, EdgeShape shape) {
        ComputationGraph graph = drawn(sample, shape).graph();
        Drawing drawing = draw(sample, shape);
        assertThat(drawing.boxes()).hasSize(graph.size());
        assertThat(drawing.paths()).hasSize(graph.edgeCount());
        assertThat(drawing.edgeShape()).isEqualTo(shape);
        assertThat(DrawingChecks.outsideTheDrawing(drawing)).isEmpty();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("corpus")
    void noBoxesOrLabelsOverlap(Corpus.Sample sample, EdgeShape shape) {
        Drawing drawing = draw(sample, shape);
        assertThat(DrawingChecks.overlappingBoxes(drawing)).isEmpty();
        assertThat(DrawingChecks.overlappingLabels(drawing)).isEmpty();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("corpus")
    void everyEdgeRunsLeftToRightFromRightSideToLeftSide(Corpus.Sample sample, EdgeShape shape) {
        assertThat(DrawingChecks.edgesNotLeftToRight(draw(sample, shape))).isEmpty();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("corpus")
    void inputsStandInTheFirstColumnAndTheOutputAloneInTheLast(Corpus.Sample sample, EdgeShape shape) {
        ComputationGraph graph = drawn(sample, shape).graph();
        Drawing drawing = draw(sample, shape);
        assertThat(DrawingChecks.misplacedColumns(graph, drawing)).isEmpty();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("corpus")
    void treesAreDrawnWithoutCrossingsAndWithOperandsInSlotOrder(Corpus.Sample sample, EdgeShape shape) {
        ComputationGraph graph = drawn(sample, shape).graph();
        assumeTrue(Corpus.isTree(graph), "only trees are promised no crossings");
        Drawing drawing = draw(sample, shape);
        assertThat(CrossingCounter.count(drawing)).isZero();
        assertThat(DrawingChecks.operandsOutOfOrder(graph, drawing)).isEmpty();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("corpus")
    void operandPortsAreInSlotOrderOnEveryGraph(Corpus.Sample sample, EdgeShape shape) {
        ComputationGraph graph = drawn(sample, shape).graph();
        Drawing drawing = draw(sample, shape);
        assertThat(DrawingChecks.operandsOutOfOrder(graph, drawing))
                .allMatch(problem -> !problem.contains("port"));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("corpus")
    void theSameGraphAlwaysGivesTheSameDrawing(Corpus.Sample sample, EdgeShape shape) {
        Drawing again = LAYOUT.layout(sample.graph(), LayoutStyle.DEFAULT.withEdgeShape(shape));
        assertThat(Geometry.of(again)).isEqualTo(Geometry.of(draw(sample, shape)));
    }
}
