package studio.backprop.ui.playback;

/**
 * A metronome for play: calls {@code tick} once per beat until stopped. The FX version uses a
 * Timeline; tests drive a manual one.
 */
public interface Beats {

    void start(double beatMillis, Runnable tick);

    void stop();
}
