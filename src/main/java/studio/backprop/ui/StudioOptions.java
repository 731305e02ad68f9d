package studio.backprop.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.util.Duration;

import studio.backprop.layout.ElkLayeredLayout;
import studio.backprop.layout.GraphLayout;
import studio.backprop.layout.LayoutStyle;
import studio.backprop.ui.editor.Debouncer;
import studio.backprop.ui.editor.FxDebouncer;
import studio.backprop.ui.playback.Beats;
import studio.backprop.ui.playback.FxBeats;

/**
 * How the window runs: where work goes, how long the pauses and animations are, and how graphs
 * are laid out. Tests swap in zero durations.
 *
 * @param animationScale multiplies every animation's duration; 0 turns animation off
 */
public record StudioOptions(Debouncer debouncer, Executor background, Executor fx, Beats beats,
                           GraphLayout layout, LayoutStyle style, double animationScale) {

    /** The app as a student uses it: a 300 ms pause after typing, animations on. */
    public static StudioOptions interactive() {
        return new StudioOptions(new FxDebouncer(Duration.millis(300)), backgroundThread(), Platform::runLater,
                new FxBeats(), new ElkLayeredLayout(), LayoutStyle.DEFAULT, 1);
    }

    /** For tests: no pause after typing and no animation, but layout still runs in the background. */
    public static StudioOptions instant() {
        return new StudioOptions(Debouncer.IMMEDIATE, backgroundThread(), Platform::runLater, new FxBeats(),
                new ElkLayeredLayout(), LayoutStyle.DEFAULT, 0);
    }

    private static ExecutorService backgroundThread() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "backprop-layout");
            thread.setDaemon(true);
            return thread;
        });
    }
}
