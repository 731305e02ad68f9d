package studio.backprop.ui.editor;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import studio.backprop.expr.ProgramException;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.layout.Drawing;
import studio.backprop.layout.GraphLayout;
import studio.backprop.layout.LayoutCancelledException;
import studio.backprop.layout.LayoutStyle;

/**
 * Parses, builds and lays out programs off the FX thread, newest first: submitting a program
 * cancels the layout of any older one still running, and only the newest result is delivered.
 * Results and errors are handed back on the FX executor.
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

    public void submit(String source, BuildOptions options, LayoutStyle style, Consumer<Compiled> onResult,
                Consumer<ProgramException> onError) {
        long mine = generation.incrementAndGet();
        busy.set(true);
        background.execute(() -> {
            try {
                ComputationGraph graph = GraphBuilder.compile(source, options);
                Drawing drawing = layout.layout(graph, style, () -> generation.get() != mine);
                deliver(mine, () -> onResult.accept(new Compiled(source, graph, drawing)));
            } catch (ProgramException e) {
                deliver(mine, () -> onError.accept(e));
            } catch (LayoutCancelledException e) {
                // A newer program replaced this one; it will deliver its own result.
            } catch (RuntimeException | StackOverflowError e) {
                fx.execute(() -> {
                    busy.set(false);
                    Thread thread = Thread.currentThread();
                    thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
                });
            }
        });
    }

    private void deliver(long mine, Runnable result) {
        fx.execute(() -> {
            if (generation.get() == mine) {
                busy.set(false);
                result.run();
            }
        });
    }
}
