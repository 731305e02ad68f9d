package studio.backprop.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;

/**
 * Graphs far beyond a lecture: a long chain is laid out whatever the caller's stack, a graph too
 * large for the full layout gets the quick one, and one too large for any is refused in words
 * before ELK starts.
 */
class BigGraphLayoutTest {


    @Test
    void aChainOfTenThousandStepsIsLaidOutEvenFromASmallStack() {
        ComputationGraph graph = GraphBuilder.compile(SamplePrograms.chain(10_000), BuildOptions.MERGED);
        AtomicReference<Object> outcome = new AtomicReference<>();
        // ELK recursed once per step and overflowed a 1 MB stack at about 9,000; the caller's stack no longer matters.
        Thread caller = new Thread(null, () -> {
            try {
                outcome.set(new ElkLayeredLayout().layout(graph));
            } catch (Throwable thrown) {
                outcome.set(thrown);
            }
        }, "small-stack", 256 * 1024);
        caller.start();
        join(caller);
        assertThat(outcome.get()).isInstanceOf(Drawing.class);
        Drawing drawing = (Drawing) outcome.get();
        assertThat(drawing.boxes()).hasSize(10_001);
        assertThat(drawing.effort()).isEqualTo(LayoutEffort.FAST);
        assertThat(DrawingChecks.edgesNotLeftToRight(drawing)).isEmpty();
    }

    @Test
    void aGraphPastTheFastLayoutsReachIsDrawnQuicklyAndSaysSo() {
        assertThat(LayoutEffort.forSize(3_000, LayoutEffort.FAST_UP_TO_CELLS)).isEqualTo(LayoutEffort.FAST);
        assertThat(LayoutEffort.forSize(3_000, LayoutEffort.FAST_UP_TO_CELLS + 1)).isEqualTo(LayoutEffort.QUICK);
        assertThat(LayoutEffort.QUICK.compromise()).contains("quicker").contains("crossings");
        assertThat(LayoutEffort.FAST.compromise()).isNull();
        assertThat(LayoutEffort.DETAILED.compromise()).isNull();
    }

    @Test
    void aQuickDrawingOfAMidSizedDagKeepsTheLayoutsPromises() {
        ComputationGraph graph = GraphBuilder.compile(SamplePrograms.sharedInputs(300, new Random(300)), BuildOptions.MERGED);
        Drawing drawing = new ElkLayeredLayout(LayoutEffort.QUICK).layout(graph);
        assertThat(drawing.effort()).isEqualTo(LayoutEffort.QUICK);
        assertThat(drawing.edgeShape()).isEqualTo(EdgeShape.POLYLINE);
        assertThat(DrawingChecks.overlappingBoxes(drawing)).isEmpty();
        assertThat(DrawingChecks.edgesNotLeftToRight(drawing)).isEmpty();
        assertThat(DrawingChecks.misplacedColumns(graph, drawing)).isEmpty();
    }

    @Test
    void aTenThousandNodeDagIsRefusedAtOnceWithItsSizeAndTheLimit() {
        ComputationGraph graph = GraphBuilder.compile(SamplePrograms.sharedInputs(10_000, new Random(10_000)),
                BuildOptions.MERGED);
        long cells = LayeringEstimate.cells(graph);
        assertThat(cells).isGreaterThan(DrawingLimits.MOST_CELLS);
        assertThatThrownBy(() -> new ElkLayeredLayout().layout(graph)).isInstanceOf(TooLargeToDraw.class)
                .hasMessage(String.format(java.util.Locale.ROOT, "This graph is too large to draw: it has %,d cells "
                        + "(its 9,949 nodes and the bends of its long edges), and a picture of more than 300,000 "
                        + "would take minutes to lay out", cells));
    }

    @Test
    void aGraphWhoseLayoutWouldNotFitInMemoryIsRefusedNamingWhatItNeedsAndWhatJavaHas() {
        long oneGigabyte = 1L << 30;
        assertThatThrownBy(() -> DrawingLimits.check(200_000, 250_000, oneGigabyte))
                .isInstanceOf(TooLargeToDraw.class)
                .hasMessageStartingWith("This graph is too large to draw in the memory Java has: its layout needs about "
                        + String.format(java.util.Locale.ROOT, "%,d MB", DrawingLimits.neededBytes(200_000, 250_000) >> 20))
                .hasMessageContaining("and Java has ").hasMessageContaining("java -Xmx");
        DrawingLimits.check(10_000, 10_000, oneGigabyte);
    }

    @Test
    void whatTheLayoutThrowsIsThrownOnTheCallersThreadErrorsIncluded() {
        assertThatThrownBy(() -> LayoutThread.run(10, () -> false, question -> {
            throw new OutOfMemoryError("Java heap space");
        })).isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
        String thread = LayoutThread.run(10, () -> false, question -> Thread.currentThread().getName());
        assertThat(thread).isEqualTo("backprop-elk");
    }

    @Test
    void anInterruptedCallerTellsTheLayoutToGiveUp() {
        Thread.currentThread().interrupt();
        try {
            boolean cancelled = LayoutThread.run(10, () -> false, question -> question.getAsBoolean());
            assertThat(cancelled).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
