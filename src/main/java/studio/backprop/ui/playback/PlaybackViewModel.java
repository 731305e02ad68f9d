package studio.backprop.ui.playback;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;

import studio.backprop.autodiff.PassTimeline;
import studio.backprop.presentation.Showing;

/**
 * The transport bar: the commands that move the animation through the two passes of what is
 * showing. Position 0 is "nothing computed"; the last position is the end of the backward pass.
 * Play steps forward once per beat and stops at the end. Speed divides the beat.
 *
 * <p>The position is part of the {@link Showing}, so a step replaces the showing with the same
 * program at another position; a new program arrives at position 0 and stops the play.
 */
public final class PlaybackViewModel {

    /** One step per beat at speed 1. */
    public static final double BEAT_MILLIS = 900;

    private final ObjectProperty<Showing> showing;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final Beats beats;
    private final double beatScale;

    /**
     * {@code showing} is the window's: this moves its position. {@code beatScale} multiplies the
     * beat: 1 in the app, 0 in tests (play then runs as fast as frames allow).
     */
    public PlaybackViewModel(ObjectProperty<Showing> showing, Beats beats, double beatScale) {
        this.showing = showing;
        this.beats = beats;
        this.beatScale = beatScale;
        showing.addListener((observable, before, now) -> {
            if (now == null || !now.sameProgram(before)) pause();
        });
        speed.addListener((observable, before, now) -> {
            if (playing.get()) startBeats();
        });
    }

    /** What is playing, read-only. */
    public ObservableValue<Showing> showingProperty() {
        return showing;
    }

    /** The passes of what is showing, or null before any program has compiled. */
    public PassTimeline timeline() {
        return showing.get() == null ? null : showing.get().timeline();
    }

    public int position() {
        return showing.get() == null ? 0 : showing.get().position();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** 1 is one step per {@value #BEAT_MILLIS} ms; 2 is twice as fast. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public BooleanBinding atStartBinding() {
        return Bindings.createBooleanBinding(() -> position() <= 0, showing);
    }

    public BooleanBinding atEndBinding() {
        return Bindings.createBooleanBinding(() -> timeline() == null || position() >= timeline().end(), showing);
    }

    public void restart() {
        pause();
        moveTo(0);
    }

    public void stepBack() {
        pause();
        moveTo(position() - 1);
    }

    public void stepForward() {
        pause();
        moveTo(position() + 1);
    }

    public void toEnd() {
        pause();
        moveTo(timeline() == null ? 0 : timeline().end());
    }

    /** Plays from here, or from the start if already at the end; pauses if playing. */
    public void togglePlay() {
        if (playing.get()) {
            pause();
            return;
        }
        if (timeline() == null) return;
        if (position() >= timeline().end()) moveTo(0);
        playing.set(true);
        startBeats();
    }

    public void pause() {
        playing.set(false);
        beats.stop();
    }

    /** One beat of play: a step forward, and a stop at the end of the backward pass. */
    void tick() {
        moveTo(position() + 1);
        if (timeline() == null || position() >= timeline().end()) pause();
    }

    public double beatMillis() {
        return BEAT_MILLIS * beatScale / Math.max(0.05, speed.get());
    }

    private void startBeats() {
        beats.start(beatMillis(), this::tick);
    }

    /** The same program at another step, clamped to the timeline; nothing happens without a program. */
    private void moveTo(int target) {
        Showing current = showing.get();
        if (current != null) showing.set(current.at(target));
    }
}
