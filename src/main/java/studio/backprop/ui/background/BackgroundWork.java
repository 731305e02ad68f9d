package studio.backprop.ui.background;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work done off the FX thread whose outcome comes back on it: the result, or whatever it threw.
 * The work must not read JavaFX state; give it immutable values made on the FX thread instead.
 *
 * <p>A failure the caller does not expect goes to {@link #reportUnexpected}, the FX thread's
 * uncaught-exception handler, which the app sets to its one error dialog (HOUSE-STYLE §6): no
 * failure in the background is ever silent.
 */
public final class BackgroundWork {

    private BackgroundWork() {
    }

    /**
     * Runs {@code work} on {@code background}, then {@code onResult} or {@code onFailure} on
     * {@code fx}. {@code onFailure} receives anything thrown, errors such as a stack overflow
     * included; it shows the failures it expects in its own words and reports the rest.
     */
    public static <T> void run(Executor background, Executor fx, Supplier<T> work, Consumer<T> onResult,
                               Consumer<Throwable> onFailure) {
        background.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (Throwable failure) {
                // The top of a background task: whatever escapes here would vanish with the task.
                fx.execute(() -> onFailure.accept(failure));
                return;
            }
            fx.execute(() -> onResult.accept(result));
        });
    }

    /** On the FX thread: hands a failure nobody expected to the error dialog. */
    public static void reportUnexpected(Throwable failure) {
        Thread thread = Thread.currentThread();
        thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
    }
}
