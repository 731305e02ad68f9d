package studio.backprop.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.util.Duration;

import studio.backprop.io.RecoveryStore;
import studio.backprop.layout.ElkLayeredLayout;
import studio.backprop.layout.GraphLayout;
import studio.backprop.layout.LayoutStyle;
import studio.backprop.ui.editor.Debouncer;
import studio.backprop.ui.editor.FxDebouncer;
import studio.backprop.ui.playback.Beats;
import studio.backprop.ui.playback.FxBeats;

/**
 * How the window runs: where work goes, how long the pauses and animations are, how graphs are
 * laid out, and where unsaved work is kept. Tests swap in zero durations and a recovery folder of
 * their own.
 *
 * @param background     parses and lays out programs, draws exports
 * @param files          reads and writes files, one at a time, so that a save never waits for a layout
 * @param animationScale multiplies every animation's duration; 0 turns animation off
 */
public record StudioOptions(Debouncer debouncer, Executor background, Executor files, Executor fx, Beats beats,
                            GraphLayout layout, LayoutStyle style, double animationScale, RecoveryStore recovery) {

    /** The app as a student uses it: a 300 ms pause after typing, animations on. */
    public static StudioOptions interactive() {
        return new StudioOptions(new FxDebouncer(Duration.millis(300)), thread("backprop-layout"),
                thread("backprop-files"), Platform::runLater, new FxBeats(), new ElkLayeredLayout(),
                LayoutStyle.DEFAULT, 1, RecoveryStore.forUser());
    }

    /** For tests: no pause after typing and no animation, but layout and files still run in the background. */
    public static StudioOptions instant() {
        return new StudioOptions(Debouncer.IMMEDIATE, thread("backprop-layout"), thread("backprop-files"),
                Platform::runLater, new FxBeats(), new ElkLayeredLayout(), LayoutStyle.DEFAULT, 0, temporaryRecovery());
    }

    /** The same, keeping recovery copies in {@code recovery}. */
    public StudioOptions withRecovery(RecoveryStore store) {
        return new StudioOptions(debouncer, background, files, fx, beats, layout, style, animationScale, store);
    }

    private static RecoveryStore temporaryRecovery() {
        try {
            return new RecoveryStore(Files.createTempDirectory("backprop-recovery"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExecutorService thread(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
