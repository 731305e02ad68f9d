package studio.backprop.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import studio.backprop.expr.Parser;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;

class CancellationTest {

    private final GraphLayout layout = new ElkLayeredLayout();
    private final ComputationGraph graph =
            GraphBuilder.build(Parser.parse(SamplePrograms.sharedInputs(40, new Random(7))));

    @Test
    void aLayoutCancelledBeforeItStartsThrowsAtOnce() {
        assertThatThrownBy(() -> layout.layout(graph, LayoutStyle.DEFAULT, () -> true))
                .isInstanceOf(LayoutCancelledException.class)
                .hasMessageContaining("before it started");
    }

    @Test
    void aLayoutCancelledWhileElkWorksThrowsInsteadOfReturningAHalfDrawing() {
        AtomicInteger questions = new AtomicInteger();
        assertThatThrownBy(() -> layout.layout(graph, LayoutStyle.DEFAULT, () -> questions.incrementAndGet() > 3))
                .isInstanceOf(LayoutCancelledException.class)
                .hasMessageContaining("was cancelled");
        assertThat(questions.get()).as("ELK asked again after the answer turned true").isGreaterThan(3);
    }

    @Test
    void interruptingTheLayoutThreadCancelsTheLayout() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> layout.layout(graph))
                    .isInstanceOf(LayoutCancelledException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aLayoutNobodyCancelsAsksButFinishes() {
        AtomicInteger questions = new AtomicInteger();
        Drawing drawing = layout.layout(graph, LayoutStyle.DEFAULT, () -> {
            questions.incrementAndGet();
            return false;
        });
        assertThat(drawing.boxes()).hasSize(graph.size());
        assertThat(questions.get()).as("ELK checks between its steps").isGreaterThan(10);
    }
}
