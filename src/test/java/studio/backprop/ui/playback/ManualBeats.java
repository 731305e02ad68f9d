package studio.backprop.ui.playback;

/** Beats that tick only when the test says so. */
public final class ManualBeats implements Beats {

    private Runnable tick;
    double lastBeatMillis = -1;

    @Override
    public void start(double beatMillis, Runnable onTick) {
        lastBeatMillis = beatMillis;
        tick = onTick;
    }

    @Override
    public void stop() {
        tick = null;
    }

    boolean running() {
        return tick != null;
    }

    void beat() {
        if (tick != null) tick.run();
    }
}
