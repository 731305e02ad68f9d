package studio.backprop.ui;

import java.util.function.Predicate;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Says when a window first shows what it should: polls until the JavaFX runtime is up and a showing
 * window's scene passes the test, then waits for the next pulse (so that frame has been drawn),
 * prints {@code drawn} and ends the process. For {@link StartupBenchmark}, which times a process
 * from its start to that line.
 */
final class FirstFrame {

    private FirstFrame() {
    }

    static void watch(Predicate<Scene> shown) {
        Thread watcher = new Thread(() -> {
            while (true) {
                try {
                    Platform.runLater(() -> check(shown));
                } catch (IllegalStateException notStartedYet) {
                    // The toolkit is not up yet.
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "first-frame-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static boolean armed;

    private static void check(Predicate<Scene> shown) {
        if (armed) return;
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null && shown.test(window.getScene())) {
                armed = true;
                new AnimationTimer() {
                    private int pulses;

                    @Override
                    public void handle(long now) {
                        if (++pulses == 2) {
                            System.out.println("drawn");
                            System.out.flush();
                            Runtime.getRuntime().halt(0);
                        }
                    }
                }.start();
                return;
            }
        }
    }
}
