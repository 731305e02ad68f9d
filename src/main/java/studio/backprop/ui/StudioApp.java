package studio.backprop.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;

import studio.backprop.expr.SizeLimit;
import studio.backprop.io.ExampleCatalog;

/**
 * The desktop app. Opens with the lecture example, or with the .cgraph file given as the only
 * argument.
 */
public final class StudioApp extends Application {

    private Studio studio;

    /** Starts the JavaFX runtime and opens the window; returns when the window is closed. */
    public static void open(String[] args) {
        Application.launch(StudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> report(error));
        // Work in the background hands its failures to the FX thread itself; this catches whatever else escapes.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> Platform.runLater(() -> report(error)));
        StudioPreferences preferences = StudioPreferences.forUser();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowSize size = preferences.windowSize(new WindowSize(screen.getWidth(), screen.getHeight()));
        studio = Studio.open(stage, StudioOptions.interactive(), preferences, size.width(), size.height());
        // The program goes to the background before the window is first shown, which takes JavaFX
        // about a second (the first CSS pass, every control's skin): it is worked out and laid out
        // meanwhile on the other core, and the window's first frames show it drawn.
        List<String> args = getParameters().getRaw();
        if (args.isEmpty()) {
            openLecture();
        } else {
            studio.actions.open(Path.of(args.get(0)), opened -> {
                if (!opened) openLecture();
                studio.offerRecovery();
            });
        }
        stage.show();
        if (args.isEmpty()) studio.offerRecovery();
    }

    @Override
    public void stop() {
        if (studio != null) studio.shutDown();
    }

    private void openLecture() {
        ExampleCatalog.Example lecture = ExampleCatalog.named("lecture");
        studio.document.untitled(lecture.title(), lecture.source());
    }

    private static void report(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            // No bug but a limit: whatever was being made is given up, and the student is told how much memory there is.
            Alert alert = new Alert(Alert.AlertType.WARNING, SizeLimit.outOfMemory()
                    + "\nWhat was being made was given up; your program is still in the editor.");
            alert.setTitle("Not enough memory");
            alert.setHeaderText("Not enough memory");
            alert.show();
            return;
        }
        error.printStackTrace();
        Alert alert = new Alert(Alert.AlertType.ERROR, "Backprop Studio hit a problem it did not expect: " + error
                + "\nYour program is still in the editor; save it if you can, and please report this with the "
                + "program that caused it.");
        alert.setTitle("Something went wrong");
        alert.setHeaderText("Something went wrong");
        alert.show();
    }
}
