package studio.backprop.ui;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Makes the README's screenshots from the real window: opens the app at a given size with an
 * example loaded, moves the animation to a given step, optionally picks an input for the nudge
 * panel, and saves the window's contents as PNG.
 *
 * <pre>
 * java -jar target/backprop-studio.jar screenshot EXAMPLE AT WIDTHxHEIGHT OUT.png [INPUT]
 *   AT is start, end, forward:K or backward:K
 * </pre>
 */
public final class ScreenshotTool {

    private ScreenshotTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: screenshot EXAMPLE start|end|forward:K|backward:K WIDTHxHEIGHT OUT.png [INPUT]");
            System.exit(2);
        }
        String[] size = args[2].split("x");
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Platform.startup(() -> {
            try {
                shoot(args[0], args[1], Double.parseDouble(size[0]), Double.parseDouble(size[1]), new File(args[3]),
                        args.length > 4 ? args[4] : null, done);
            } catch (RuntimeException e) {
                failure[0] = e;
                done.countDown();
            }
        });
        boolean finished = done.await(60, TimeUnit.SECONDS);
        Platform.exit();
        if (!finished || failure[0] != null) {
            System.err.println("error: could not make the screenshot: " + (finished ? failure[0] : "timed out"));
            System.exit(1);
        }
        System.exit(0);
    }

    private static void shoot(String example, String at, double width, double height, File out, String input,
                              CountDownLatch done) {
        Stage stage = new Stage();
        Studio studio = Studio.open(stage, StudioOptions.instant(), new StudioPreferences(
                java.util.prefs.Preferences.userRoot().node("/studio/backprop/screenshots")), width, height);
        StudioModel model = studio.model;
        StudioWindow window = studio.window;
        Scene scene = studio.scene;
        stage.show();
        model.compiledProperty().addListener((observable, before, now) -> {
            if (input != null) model.nudge().select(input);
            moveTo(model.playback(), at);
            // Let layout and CSS settle for a few frames before taking the picture.
            PauseTransition settle = new PauseTransition(Duration.millis(700));
            settle.setOnFinished(event -> {
                window.canvas().fit();
                PauseTransition again = new PauseTransition(Duration.millis(300));
                again.setOnFinished(later -> {
                    save(scene.snapshot(null), out);
                    done.countDown();
                });
                again.play();
            });
            settle.play();
        });
        ExampleCatalog.Example chosen = ExampleCatalog.named(example);
        studio.document.untitled(chosen.title(), chosen.source());
    }

    private static void moveTo(PlaybackViewModel playback, String at) {
        var timeline = playback.timelineProperty().get();
        int position = switch (at.split(":")[0]) {
            case "start" -> 0;
            case "forward" -> timeline.afterForward(Integer.parseInt(at.split(":")[1]));
            case "backward" -> timeline.afterBackward(Integer.parseInt(at.split(":")[1]));
            default -> timeline.end();
        };
        playback.restart();
        for (int i = 0; i < position; i++) playback.stepForward();
    }

    private static void save(WritableImage image, File out) {
        try {
            File parent = out.getAbsoluteFile().getParentFile();
            if (parent != null) parent.mkdirs();
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
