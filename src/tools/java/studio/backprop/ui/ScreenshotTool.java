package studio.backprop.ui;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;

import studio.backprop.io.ExampleCatalog;
import studio.backprop.layout.SamplePrograms;
import studio.backprop.presentation.Theme;
import studio.backprop.ui.playback.PlaybackViewModel;

/**
 * Makes the README's screenshots from the real window: opens the app at a given size with an
 * example loaded, sets it up as a teacher would, moves the animation to a given step, and saves
 * the window's contents as PNG.
 *
 * <pre>
 * java -jar target/backprop-studio.jar screenshot EXAMPLE AT WIDTHxHEIGHT OUT.png [options]
 *   EXAMPLE   a bundled example's name, or dag:N (the benchmarks' shared-input DAG of about N nodes)
 *   AT        start, end, forward:K or backward:K
 *   options   --select INPUT  --theme light|dark|projector  --font-scale S  --present  --reveal  --reveal-steps N  --scalars
 *             --jacobian output|USER,OPERAND (the output's Jacobian, or an edge's)
 *             --train K (K steps in the training panel, as the program's '# train:' line sets it)
 *             --follow (the follow camera's view of the step, with its overview map, not the whole graph)
 *             --nudge-tab slope|h|inputs (the nudge panel's tab)  --h H (the nudge's h)
 *             --zoom F (after fitting, zoomed in F times about the middle of the graph)
 * </pre>
 */
public final class ScreenshotTool {

    /** What to show, from the command line. */
    private record Shot(String example, String at, double width, double height, File out, String select,
                        Theme theme, double fontScale, boolean present, boolean reveal, int revealSteps,
                        boolean scalars, String edge, String nudgeTab, String h, int train, boolean follow, double zoom) {
    }

    private ScreenshotTool() {
    }

    public static void main(String[] args) throws Exception {
        Shot shot;
        try {
            shot = parse(args);
        } catch (RuntimeException e) {
            System.err.println("usage: screenshot EXAMPLE start|end|forward:K|backward:K WIDTHxHEIGHT OUT.png "
                    + "[--select INPUT] [--theme light|dark|projector] [--font-scale S] [--present] [--reveal] "
                    + "[--reveal-steps N] [--scalars] [--jacobian output|USER,OPERAND] [--nudge-tab slope|h|inputs] [--h H] "
                    + "[--train K] [--follow] [--zoom F]\n(" + e.getMessage() + ")");
            System.exit(2);
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Platform.startup(() -> {
            try {
                take(shot, done);
            } catch (RuntimeException e) {
                failure[0] = e;
                done.countDown();
            }
        });
        boolean finished = done.await(90, TimeUnit.SECONDS);
        Platform.exit();
        if (!finished || failure[0] != null) {
            System.err.println("error: could not make the screenshot: " + (finished ? failure[0] : "timed out"));
            System.exit(1);
        }
        System.exit(0);
    }

    private static Shot parse(String[] args) {
        if (args.length < 4) throw new IllegalArgumentException("need EXAMPLE AT SIZE OUT");
        String[] size = args[2].split("x");
        List<String> rest = new ArrayList<>(List.of(args).subList(4, args.length));
        String select = option(rest, "--select", null);
        Theme theme = Theme.byId(option(rest, "--theme", "light")).orElseThrow(() -> new IllegalArgumentException("unknown theme"));
        double fontScale = Double.parseDouble(option(rest, "--font-scale", "1"));
        int revealSteps = Integer.parseInt(option(rest, "--reveal-steps", "0"));
        boolean present = rest.remove("--present");
        boolean reveal = rest.remove("--reveal");
        boolean scalars = rest.remove("--scalars");
        String edge = option(rest, "--jacobian", null);
        String nudgeTab = option(rest, "--nudge-tab", null);
        String h = option(rest, "--h", null);
        int train = Integer.parseInt(option(rest, "--train", "0"));
        boolean follow = rest.remove("--follow");
        double zoom = Double.parseDouble(option(rest, "--zoom", "1"));
        if (!rest.isEmpty()) throw new IllegalArgumentException("unknown options " + rest);
        return new Shot(args[0], args[1], Double.parseDouble(size[0]), Double.parseDouble(size[1]), new File(args[3]),
                select, theme, fontScale, present, reveal, revealSteps, scalars, edge, nudgeTab, h, train, follow, zoom);
    }

    private static String option(List<String> rest, String name, String otherwise) {
        int at = rest.indexOf(name);
        if (at < 0) return otherwise;
        String value = rest.get(at + 1);
        rest.remove(at + 1);
        rest.remove(at);
        return value;
    }

    private static void take(Shot shot, CountDownLatch done) {
        Stage stage = new Stage();
        StudioPreferences preferences = new StudioPreferences(Preferences.userRoot().node("/studio/backprop/screenshots"));
        preferences.setTheme(shot.theme());
        preferences.setFontScale(shot.fontScale());
        Studio studio = Studio.open(stage, StudioOptions.instant(), preferences, shot.width(), shot.height());
        stage.show();
        StudioModel model = studio.model;
        model.presentingProperty().set(shot.present());
        model.scalars().enabledProperty().set(shot.scalars());
        boolean[] taken = {false};
        model.showingProperty().addListener((observable, before, now) -> {
            if (taken[0] || now == null) return;
            taken[0] = true;
            if (shot.select() != null) model.nudge().select(shot.select());
            if (shot.h() != null) model.nudge().hProperty().set(Double.parseDouble(shot.h()));
            if (shot.nudgeTab() != null) {
                javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) studio.scene.lookup("#nudge-figures");
                tabs.getSelectionModel().select(tabs.getTabs().stream()
                        .filter(tab -> tab.getId().equals(shot.nudgeTab() + "-tab")).findFirst().orElseThrow());
            }
            model.reveal().enabledProperty().set(shot.reveal());
            moveTo(model, shot.at());
            for (int i = 0; i < shot.revealSteps(); i++) model.reveal().next();
            if (shot.edge() != null) openJacobian(studio, shot.edge());
            if (shot.train() > 0) {
                var training = model.training();
                training.runningProperty().addListener((o, was, running) -> {
                    if (!running) snapshotSoon(studio, shot, done);
                });
                // After the panel has taken the program's '# train:' line, and its step 0.
                Platform.runLater(() -> Platform.runLater(() -> {
                    training.stepsProperty().set(String.valueOf(shot.train()));
                    training.run();
                }));
                return;
            }
            snapshotSoon(studio, shot, done);
        });
        if (shot.example().startsWith("dag:")) {
            int nodes = Integer.parseInt(shot.example().substring(4));
            studio.document.untitled(shot.example(), SamplePrograms.sharedInputs(nodes, new Random(3)));
            return;
        }
        ExampleCatalog.Example chosen = ExampleCatalog.named(shot.example());
        studio.document.untitled(chosen.title(), chosen.source());
    }

    /** Lets layout and CSS settle for a few frames, then takes the picture. */
    private static void snapshotSoon(Studio studio, Shot shot, CountDownLatch done) {
        {
            PauseTransition settle = new PauseTransition(Duration.millis(700));
            settle.setOnFinished(event -> {
                var canvas = studio.window.canvas();
                // A big graph is drawn in slices: wait for the last.
                if (!canvas.complete()) {
                    settle.playFromStart();
                    return;
                }
                // Fitting shows the whole graph; with --follow the camera keeps its shot of the step.
                if (!shot.follow()) canvas.fit();
                if (shot.zoom() != 1) canvas.viewport().zoom(shot.zoom(), canvas.getWidth() / 2, canvas.getHeight() / 2);
                PauseTransition again = new PauseTransition(Duration.millis(400));
                again.setOnFinished(later -> {
                    WritableImage image = studio.scene.snapshot(null);
                    save(image, shot.out());
                    System.out.println(GlyphMeter.measure(studio.scene, image, ".cell-text", "tensor cells"));
                    System.out.println(GlyphMeter.measure(studio.scene, image, ".node-value", "scalar values"));
                    done.countDown();
                });
                again.play();
            });
            settle.play();
        }
    }

    private static void openJacobian(Studio studio, String which) {
        if (which.equals("output")) {
            studio.window.showOutputJacobian();
            return;
        }
        String[] ends = which.split(",");
        for (var edge : studio.window.canvas().edgeViews()) {
            if (edge.edge().user().label().equals(ends[0]) && edge.edge().operand().label().equals(ends[1])) {
                edge.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0,
                        javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false,
                        true, false, true, null));
                return;
            }
        }
        throw new IllegalArgumentException("no edge from " + ends[1] + " into " + ends[0]);
    }

    private static void moveTo(StudioModel model, String at) {
        PlaybackViewModel playback = model.playback();
        var timeline = playback.timeline();
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
