package studio.backprop.ui.playback;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** {@link Beats} on the FX thread. A beat of zero still waits one frame, so the window keeps painting. */
public final class FxBeats implements Beats {

    private Timeline timeline;

    @Override
    public void start(double beatMillis, Runnable tick) {
        stop();
        timeline = new Timeline(new KeyFrame(Duration.millis(Math.max(16, beatMillis)), event -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
