package studio.backprop.ui.document;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

import studio.backprop.io.RecoveryStore;
import studio.backprop.ui.background.BackgroundWork;

/**
 * Keeps a recovery copy of unsaved work every few seconds, written on the files thread, and drops
 * it once nothing is unsaved: if the app crashes or is killed, the next start offers the copy
 * ({@link RecoveryOffer}). Tests call {@link #tick()} instead of waiting for the timer.
 */
public final class Autosave {

    /** How much typing a crash can cost at most. */
    public static final Duration EVERY = Duration.seconds(5);

    private final DocumentViewModel document;
    private final RecoveryStore.Slot slot;
    private final Executor files;
    private final Executor fx;
    private final Consumer<String> tell;
    private final Timeline timer = new Timeline(new KeyFrame(EVERY, event -> tick()));
    /** The text the copy holds now, or null if there is no copy. */
    private String kept;
    private boolean complained;

    /** {@code tell} hears, once, if copies cannot be written (a full disk, say). */
    public Autosave(DocumentViewModel document, RecoveryStore.Slot slot, Executor files, Executor fx,
                    Consumer<String> tell) {
        this.document = document;
        this.slot = slot;
        this.files = files;
        this.fx = fx;
        this.tell = tell;
        timer.setCycleCount(Timeline.INDEFINITE);
        // Saved work needs no copy: dropped at once, not at the next tick, which a crash might not wait for.
        document.dirtyProperty().addListener((observable, before, dirty) -> {
            if (!dirty) tick();
        });
    }

    public void start() {
        timer.play();
    }

    /** On the FX thread: copies unsaved work if it changed since the last copy, or drops the copy if nothing is unsaved. */
    public void tick() {
        if (document.dirtyProperty().get()) {
            String text = document.textToSave();
            if (text.equals(kept)) return;
            kept = text;
            Path file = document.fileProperty().get();
            String name = document.nameProperty().get();
            BackgroundWork.run(files, fx, () -> {
                slot.keep(text, file, name);
                return true;
            }, written -> { }, failure -> {
                kept = null;
                if (!complained) tell.accept("Unsaved work cannot be kept for recovery: " + failure.getMessage() + ".");
                complained = true;
            });
        } else if (kept != null) {
            kept = null;
            files.execute(slot::discard);
        }
    }

    /** The window is closing properly: no more copies, and the slot is given up. */
    public void stop() {
        timer.stop();
        files.execute(slot::close);
    }
}
