package studio.backprop.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.layout.Drawing;
import studio.backprop.layout.ElkLayeredLayout;
import studio.backprop.layout.GraphLayout;
import studio.backprop.layout.LayoutCancelledException;
import studio.backprop.layout.LayoutStyle;

class ProgramPipelineTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final List<String> layoutThreads = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    /** Lays out for real, but the first program blocks until it is cancelled. */
    private final class SlowFirstLayout implements GraphLayout {
        final CountDownLatch firstStarted = new CountDownLatch(1);
        boolean first;

        SlowFirstLayout(boolean firstIsSlow) {
            first = firstIsSlow;
        }

        @Override
        public Drawing layout(ComputationGraph graph, LayoutStyle style, BooleanSupplier cancelled) {
            layoutThreads.add(Thread.currentThread().getName());
            if (first) {
                first = false;
                firstStarted.countDown();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!cancelled.getAsBoolean() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                if (cancelled.getAsBoolean()) throw new LayoutCancelledException("replaced by a newer program");
            }
            return new ElkLayeredLayout().layout(graph, style, cancelled);
        }
    }

    @Test
    void aNewerProgramCancelsTheOlderLayoutAndOnlyTheNewestIsDelivered() throws Exception {
        SlowFirstLayout layout = new SlowFirstLayout(true);
        ProgramPipeline pipeline = new ProgramPipeline(layout, background, Runnable::run);
        pipeline.submit("J = a*b", BuildOptions.MERGED, LayoutStyle.DEFAULT, -1, result -> delivered.add(result.source()),
                error -> delivered.add("error"));
        assertThat(layout.firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        pipeline.submit("J = a + b", BuildOptions.MERGED, LayoutStyle.DEFAULT, -1, result -> delivered.add(result.source()),
                error -> delivered.add("error"));
        background.shutdown();
        assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(delivered).containsExactly("J = a + b");
        assertThat(pipeline.busyProperty().get()).isFalse();
    }

    @Test
    void layoutRunsOffTheCallingThread() throws Exception {
        ProgramPipeline pipeline = new ProgramPipeline(new SlowFirstLayout(false), background, Runnable::run);
        pipeline.submit("J = a*b", BuildOptions.MERGED, LayoutStyle.DEFAULT, -1, result -> delivered.add(result.source()),
                error -> delivered.add("error"));
        background.shutdown();
        assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(layoutThreads).hasSize(1).doesNotContain(Thread.currentThread().getName());
        assertThat(delivered).containsExactly("J = a*b");
    }

    @Test
    void aParseErrorIsDeliveredInsteadOfAResult() throws Exception {
        ProgramPipeline pipeline = new ProgramPipeline(new ElkLayeredLayout(), background, Runnable::run);
        List<String> errors = new CopyOnWriteArrayList<>();
        pipeline.submit("J = (a", BuildOptions.MERGED, LayoutStyle.DEFAULT, -1, result -> delivered.add(result.source()),
                error -> errors.add(error.message()));
        background.shutdown();
        assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(delivered).isEmpty();
        assertThat(errors).containsExactly("Expect ')' to close '(' at 1:5.");
    }

    @Test
    void anUnexpectedFailureGoesToTheErrorDialogAndTheGraphIsNoLongerBusy() {
        IllegalStateException bug = new IllegalStateException("a bug in the layout");
        GraphLayout broken = (graph, style, cancelled) -> {
            throw bug;
        };
        ProgramPipeline pipeline = new ProgramPipeline(broken, Runnable::run, Runnable::run);
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> reported.add(failure));
        try {
            pipeline.submit("J = a*b", BuildOptions.MERGED, LayoutStyle.DEFAULT, -1, result -> delivered.add(result.source()),
                    error -> delivered.add("error"));
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(before);
        }
        assertThat(reported).containsExactly(bug);
        assertThat(delivered).isEmpty();
        assertThat(pipeline.busyProperty().get()).isFalse();
    }
}
