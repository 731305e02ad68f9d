package studio.backprop.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

import studio.backprop.expr.Parser;
import studio.backprop.graph.GraphBuilder;

class LayoutEffortTest {

    @Test
    void classroomProgramsGetTheDetailedLayout() {
        assertThat(LayoutEffort.forSize(100, 700)).isEqualTo(LayoutEffort.DETAILED);
        assertThat(new ElkLayeredLayout().effortFor(GraphBuilder.build(Parser.parse(
                SamplePrograms.sharedInputs(100, new Random(100)))))).isEqualTo(LayoutEffort.DETAILED);
    }

    @Test
    void manyNodesOrLongEdgesBuyASpeedierLayout() {
        assertThat(LayoutEffort.forSize(1_000, 1_200)).isEqualTo(LayoutEffort.FAST);
        assertThat(LayoutEffort.forSize(100, 4_600)).isEqualTo(LayoutEffort.FAST);
        assertThat(LayoutEffort.forSize(1_000, 30_000)).isEqualTo(LayoutEffort.FAST);
    }

    @Test
    void aFixedEffortIsUsedWhateverTheSize() {
        assertThat(new ElkLayeredLayout(LayoutEffort.FAST).effortFor(
                GraphBuilder.build(Parser.parse("J = a - b")))).isEqualTo(LayoutEffort.FAST);
    }
}
