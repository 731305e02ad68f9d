package studio.backprop.ui.editor;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import studio.backprop.expr.ProgramException;
import studio.backprop.expr.SizeLimit;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.graph.ScalarView;
import studio.backprop.layout.DrawingLimits;
import studio.backprop.layout.GraphLayout;
import studio.backprop.layout.LayoutCancelledException;
import studio.backprop.layout.LayoutStyle;
import studio.backprop.layout.TooLargeToDraw;
import studio.backprop.ui.background.BackgroundWork;
import studio.backprop.ui.canvas.GraphCanvas;

/**
 * Parses, builds and lays out programs off the FX thread, newest first: submitting a program
 * cancels the layout of any older one still running, and only the newest result is delivered.
 * Results and mistakes in the program are handed back on the FX executor; a graph too large to
 * draw, or with more views than the screen can draw ({@link GraphCanvas#MOST_VIEWS}), is a
 * result without a drawing, and running out of memory is a mistake that says how much Java has. Anything else that goes wrong goes to the error dialog.
 */
public final class ProgramPipeline {

    private final GraphLayout layout;
    private final Executor background;
    private final Executor fx;
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public ProgramPipeline(GraphLayout layout, Executor background, Executor fx) {
        this.layout = layout;
        this.background = background;
        this.fx = fx;
    }

    /** True while a program is being parsed or laid out. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Compiles {@code source}; with {@code scalarOutput} of 0 or more, a vector or matrix program
     * is drawn in its scalar view, backward from that output element.
     */
    public void submit(String source, BuildOptions options, LayoutStyle style, int scalarOutput,
                Consumer<Compiled> onResult, Consumer<ProgramError> onError) {
        long mine = generation.incrementAndGet();
        busy.set(true);
        BackgroundWork.run(background, fx, () -> {
            ComputationGraph written = GraphBuilder.compile(source, options);
            ScalarView view = scalarOutput < 0 || written.isScalar() ? null : ScalarView.of(written, scalarOutput);
            ComputationGraph graph = view == null ? written : view.drawn().orElse(written);
            try {
                // Too large to draw at all comes first: an export would not help then either.
                DrawingLimits.check(graph);
                long views = (long) graph.size() + graph.edgeCount();
                if (views > GraphCanvas.MOST_VIEWS) {
                    return new Compiled(source, graph, null, written, view, tooManyViews(views));
                }
                return new Compiled(source, graph, layout.layout(graph, style, () -> generation.get() != mine),
                        written, view, null);
            } catch (TooLargeToDraw tooLarge) {
                return new Compiled(source, graph, null, written, view, tooLarge.getMessage());
            }
        }, result -> deliver(mine, () -> onResult.accept(result)), failure -> {
            if (failure instanceof ProgramException problem) {
                deliver(mine, () -> onError.accept(ProgramError.of(problem)));
            } else if (failure instanceof OutOfMemoryError) {
                // Whatever the work was building went with its stack frames; the last good program stays on screen.
                deliver(mine, () -> onError.accept(ProgramError.whole(SizeLimit.outOfMemory())));
            } else if (!(failure instanceof LayoutCancelledException)) {
                // A cancelled layout is no failure: a newer program replaced it and delivers its own result.
                if (generation.get() == mine) busy.set(false);
                BackgroundWork.reportUnexpected(failure);
            }
        });
    }

    private static String tooManyViews(long views) {
        return String.format(Locale.ROOT, "This graph has %,d nodes and edges, more than the screen can draw (%,d); "
                + "export it as SVG or PDF (File → Export…) to see the picture", views, GraphCanvas.MOST_VIEWS);
    }

    /** On the FX thread: only the newest program's outcome is shown. */
    private void deliver(long mine, Runnable outcome) {
        if (generation.get() == mine) {
            busy.set(false);
            outcome.run();
        }
    }
}
