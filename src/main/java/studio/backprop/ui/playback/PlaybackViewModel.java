package studio.backprop.ui.playback;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

import studio.backprop.autodiff.PassTimeline;

/**
 * The transport bar: where the animation stands in the two passes, and the commands that move it.
 * Position 0 is "nothing computed"; the last position is the end of the backward pass. Play steps
 * forward once per beat and stops at the end. Speed divides the beat.
 */
public final class PlaybackViewModel {

    /** One step per beat at speed 1. */
    public static final double BEAT_MILLIS = 900;

    private final ObjectProperty<PassTimeline> timeline = new SimpleObjectProperty<>(this, "timeline");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final Beats beats;
    private final double beatScale;

    /** {@code beatScale} multiplies the beat: 1 in the app, 0 in tests (play then runs as fast as frames allow). */
    public PlaybackViewModel(Beats beats, double beatScale) {
        this.beats = beats;
        this.beatScale = beatScale;
        timeline.addListener((observable, before, now) -> {
            // Same structure (a value changed): stay put. A new program starts from the beginning.
            boolean sameShape = before != null && now != null && before.end() == now.end()
                    && before.analysis().graph() == now.analysis().graph();
            moveTo(sameShape ? position.get() : 0);
            if (!sameShape) pause();
        });
        speed.addListener((observable, before, now) -> {
            if (playing.get()) startBeats();
        });
    }

    public ObjectProperty<PassTimeline> timelineProperty() {
        return timeline;
    }

    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public int position() {
        return position.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** 1 is one step per {@value #BEAT_MILLIS} ms; 2 is twice as fast. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public BooleanBinding atStartBinding() {
        return Bindings.createBooleanBinding(() -> position.get() <= 0, position, timeline);
    }

    public BooleanBinding atEndBinding() {
        return Bindings.createBooleanBinding(() -> timeline.get() == null || position.get() >= timeline.get().end(),
                position, timeline);
    }

    public void restart() {
        pause();
        moveTo(0);
    }

    public void stepBack() {
        pause();
        moveTo(position.get() - 1);
    }

    public void stepForward() {
        pause();
        moveTo(position.get() + 1);
    }

    public void toEnd() {
        pause();
        moveTo(timeline.get() == null ? 0 : timeline.get().end());
    }

    /** Plays from here, or from the start if already at the end; pauses if playing. */
    public void togglePlay() {
        if (playing.get()) {
            pause();
            return;
        }
        if (timeline.get() == null) return;
        if (position.get() >= timeline.get().end()) moveTo(0);
        playing.set(true);
        startBeats();
    }

    public void pause() {
        playing.set(false);
        beats.stop();
    }

    /** One beat of play: a step forward, and a stop at the end of the backward pass. */
    void tick() {
        moveTo(position.get() + 1);
        if (timeline.get() == null || position.get() >= timeline.get().end()) pause();
    }

    public double beatMillis() {
        return BEAT_MILLIS * beatScale / Math.max(0.05, speed.get());
    }

    private void startBeats() {
        beats.start(beatMillis(), this::tick);
    }

    private void moveTo(int target) {
        PassTimeline current = timeline.get();
        int clamped = current == null ? 0 : Math.max(0, Math.min(target, current.end()));
        position.set(clamped);
    }
}
