package studio.backprop.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import studio.backprop.expr.Parser;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;

class ReadingOrderTest {

    private static List<String> labelsInReadingOrder(String source) {
        ComputationGraph graph = GraphBuilder.build(Parser.parse(source));
        return Arrays.stream(ReadingOrder.of(graph)).mapToObj(i -> graph.node(i).label()).toList();
    }

    @Test
    void eachFirstOperandsSubtreeIsReadBeforeTheSecondsAndEveryNodeAfterItsOperands() {
        assertThat(labelsInReadingOrder(Corpus.LECTURE)).containsExactly("3", "a", "b", "c", "u", "v", "J");
    }

    @Test
    void aSharedNodeIsReadWhereItIsFirstUsed() {
        assertThat(labelsInReadingOrder("a = 2\nb = 1\nc = a + b\nd = b + 1\ne = c*d"))
                .containsExactly("a", "b", "c", "1", "d", "e");
    }

    @Test
    void stepsTheOutputDoesNotUseComeLastInProgramOrder() {
        assertThat(labelsInReadingOrder("u = a*b\nJ = c + 1")).containsExactly("c", "1", "J", "a", "b", "u");
    }
}
