package studio.backprop.layout;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Runs one layout on a thread of its own whose stack is sized for the graph. Parts of ELK recurse
 * once per node or dummy of a chain (NetworkSimplexLayerer.connectedComponentsDFS,
 * BKCompactor.placeBlock), so a chain of 9,000 steps overflowed a default 1 MB stack; measured,
 * a 10,000-step chain needs under 2 MB and a 100,000-step one under 16 MB, about 160 bytes a
 * cell, and this reserves {@value #BYTES_PER_CELL} a cell. A stack is reserved address space,
 * used only as deep as the recursion goes.
 *
 * <p>The caller waits. Whatever the layout throws, errors included, is thrown again on the
 * caller's thread; interrupting the caller cancels the layout.
 */
final class LayoutThread {

    static final long BYTES_PER_CELL = 1_024;
    private static final long BASE_BYTES = 8L << 20;

    private LayoutThread() {
    }

    /** The stack a graph of {@code cells} cells gets. */
    static long stackBytes(long cells) {
        return BASE_BYTES + cells * BYTES_PER_CELL;
    }

    /**
     * Runs {@code layout} with a question "cancelled?" that also answers yes once the caller is
     * interrupted, and returns its result.
     */
    static <T> T run(long cells, BooleanSupplier cancelled, Function<BooleanSupplier, T> layout) {
        AtomicBoolean callerInterrupted = new AtomicBoolean(Thread.currentThread().isInterrupted());
        BooleanSupplier question = () -> callerInterrupted.get() || cancelled.getAsBoolean();
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(layout.apply(question));
            } catch (Throwable thrown) {
                failure.set(thrown);
            }
        }, "backprop-elk", stackBytes(cells));
        worker.setDaemon(true);
        worker.start();
        joinEvenIfInterrupted(worker, callerInterrupted);
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) throw runtime;
        if (thrown instanceof Error error) throw error;
        if (thrown != null) throw new IllegalStateException(thrown);
        return result.get();
    }

    /** An interrupt while waiting tells the layout to give up, then waits for it to do so. */
    private static void joinEvenIfInterrupted(Thread worker, AtomicBoolean callerInterrupted) {
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                callerInterrupted.set(true);
            }
        }
        if (callerInterrupted.get()) Thread.currentThread().interrupt();
    }
}
