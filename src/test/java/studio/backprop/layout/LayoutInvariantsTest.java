package studio.backprop.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import studio.backprop.graph.ComputationGraph;
import studio.backprop.io.ExampleCatalog;

/**
 * The layout contract, checked on every program of the {@link Corpus}: in both edge shapes with
 * the effort chosen by size (all of them small enough for {@link LayoutEffort#DETAILED}), with
 * orthogonal edges at the two cheaper efforts that large programs get, and with the wider labels
 * of formulas beside numbers. Each program is laid out
 * once per setup and the drawing shared by the checks, to keep the suite fast.
 */
class LayoutInvariantsTest {

    private static final Map<String, Drawn> DRAWN = new ConcurrentHashMap<>();

    /** How a program is laid out; a null effort means chosen by size. */
    record Setup(EdgeShape shape, LayoutEffort effort, EdgeLabels labels) {

        GraphLayout layout() {
            return new ElkLayeredLayout(effort);
        }

        LayoutStyle style() {
            return LayoutStyle.DEFAULT.withEdgeShape(shape).withEdgeLabels(labels);
        }

        /** The quick layout draws straight edges whatever the style asks for. */
        EdgeShape drawnShape() {
            return effort == LayoutEffort.QUICK ? EdgeShape.POLYLINE : shape;
        }

        @Override
        public String toString() {
            return shape + (effort == null ? "" : " " + effort) + (labels == EdgeLabels.NUMBERS ? "" : " " + labels);
        }
    }

    private record Drawn(ComputationGraph graph, Drawing drawing) {
    }

    private static final List<Setup> SETUPS = List.of(new Setup(EdgeShape.ORTHOGONAL, null, EdgeLabels.NUMBERS),
            new Setup(EdgeShape.SPLINE, null, EdgeLabels.NUMBERS), new Setup(EdgeShape.ORTHOGONAL, LayoutEffort.FAST, EdgeLabels.NUMBERS),
            new Setup(EdgeShape.ORTHOGONAL, LayoutEffort.QUICK, EdgeLabels.NUMBERS),
            new Setup(EdgeShape.ORTHOGONAL, null, EdgeLabels.BOTH));

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        for (Corpus.Sample sample : Corpus.all()) {
            for (Setup setup : SETUPS) {
                cases.add(Arguments.of(sample, setup));
            }
        }
        return cases.stream();
    }

    /** The corpus in the setups that draw orthogonal edges. */
    static Stream<Arguments> orthogonal() {
        return corpus().filter(arguments -> ((Setup) arguments.get()[1]).drawnShape() == EdgeShape.ORTHOGONAL);
    }

    /**
     * The corpus's trees, in every setup but the quick one: only trees are promised no crossings,
     * and the quick layout, for graphs too large for any other, does without crossing minimization.
     */
    static Stream<Arguments> trees() {
        return corpus().filter(arguments -> Corpus.isTree(((Corpus.Sample) arguments.get()[0]).graph())
                && ((Setup) arguments.get()[1]).effort() != LayoutEffort.QUICK);
    }

    private static Drawn drawn(Corpus.Sample sample, Setup setup) {
        return DRAWN.computeIfAbsent(sample.name() + "/" + setup, key -> {
            ComputationGraph graph = sample.graph();
            return new Drawn(graph, setup.layout().layout(graph, setup.style()));
        });
    }

    private static Drawing draw(Corpus.Sample sample, Setup setup) {
        return drawn(sample, setup).drawing();
    }

    @Test
    void theFilteredSourcesKeepEnoughCasesToMeanSomething() {
        assertThat(orthogonal().count()).isEqualTo(3L * Corpus.all().size());
        assertThat(trees().count()).isGreaterThanOrEqualTo(4L * 15);
    }

    @Test
    void theCorpusHoldsEveryBundledExampleAndThirtyProgramsOrMore() {
        assertThat(Corpus.bundledExamples()).extracting(Corpus.Sample::name).contains("example lecture",
                "example colah-fan-out", "example network-2-3-1", "example relu-kink", "example network-2-3-1-matrix",
                "example xor-step")
                .hasSize(ExampleCatalog.programs().size());
        assertThat(Corpus.all()).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("corpus")
    void everyNodeAndEdgeIsDrawnOnce(Corpus.Sample sample, Setup setup) {
        ComputationGraph graph = drawn(sample, setup).graph();
        Drawing drawing = draw(sample, setup);
        assertThat(drawing.boxes()).hasSize(graph.size());
        assertThat(drawing.paths()).hasSize(graph.edgeCount());
        assertThat(drawing.edgeShape()).isEqualTo(setup.drawnShape());
        if (setup.shape() == EdgeShape.SPLINE) {
            assertThat(drawing.paths()).allMatch(path -> (path.points().size() - 1) % 3 == 0);
        }
        assertThat(DrawingChecks.outsideTheDrawing(drawing)).isEmpty();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("corpus")
    void noBoxesOrLabelsOverlap(Corpus.Sample sample, Setup setup) {
        Drawing drawing = draw(sample, setup);
        assertThat(DrawingChecks.overlappingBoxes(drawing)).isEmpty();
        assertThat(DrawingChecks.overlappingLabels(drawing)).isEmpty();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("corpus")
    void everyEdgeRunsLeftToRightFromRightSideToLeftSide(Corpus.Sample sample, Setup setup) {
        assertThat(DrawingChecks.edgesNotLeftToRight(draw(sample, setup))).isEmpty();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("orthogonal")
    void orthogonalEdgesEndInAStraightRunLongEnoughForAnArrowhead(Corpus.Sample sample, Setup setup) {
        assertThat(DrawingChecks.shortLastSegments(draw(sample, setup), LayoutStyle.DEFAULT.em())).isEmpty();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("corpus")
    void inputsStandInTheFirstColumnAndTheOutputAloneInTheLast(Corpus.Sample sample, Setup setup) {
        ComputationGraph graph = drawn(sample, setup).graph();
        Drawing drawing = draw(sample, setup);
        assertThat(DrawingChecks.misplacedColumns(graph, drawing)).isEmpty();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("trees")
    void treesAreDrawnWithoutCrossingsAndWithOperandsInSlotOrder(Corpus.Sample sample, Setup setup) {
        ComputationGraph graph = drawn(sample, setup).graph();
        Drawing drawing = draw(sample, setup);
        assertThat(CrossingCounter.count(drawing)).isZero();
        assertThat(DrawingChecks.operandsOutOfOrder(graph, drawing)).isEmpty();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("corpus")
    void operandPortsAreInSlotOrderOnEveryGraph(Corpus.Sample sample, Setup setup) {
        ComputationGraph graph = drawn(sample, setup).graph();
        Drawing drawing = draw(sample, setup);
        assertThat(DrawingChecks.operandsOutOfOrder(graph, drawing))
                .allMatch(problem -> !problem.contains("port"));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("corpus")
    void theSameGraphAlwaysGivesTheSameDrawing(Corpus.Sample sample, Setup setup) {
        Drawing again = setup.layout().layout(sample.graph(), setup.style());
        assertThat(Geometry.of(again)).isEqualTo(Geometry.of(draw(sample, setup)));
    }
}
