package studio.backprop.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import studio.backprop.io.ExampleCatalog;

/**
 * The desktop app. Opens with the lecture example, or with the .cgraph file given as the only
 * argument.
 */
public final class StudioApp extends Application {

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
        Studio studio = Studio.open(stage, StudioOptions.interactive(), preferences,
                preferences.windowWidth(), preferences.windowHeight());
        stage.show();
        List<String> args = getParameters().getRaw();
        boolean opened = !args.isEmpty() && studio.actions.open(Path.of(args.get(0)));
        if (!opened) {
            ExampleCatalog.Example lecture = ExampleCatalog.named("lecture");
            studio.document.untitled(lecture.title(), lecture.source());
        }
    }

    private static void report(Throwable error) {
        error.printStackTrace();
        Alert alert = new Alert(Alert.AlertType.ERROR, "Backprop Studio hit a problem it did not expect: " + error
                + "\nYour program is still in the editor; save it if you can, and please report this with the "
                + "program that caused it.");
        alert.setTitle("Something went wrong");
        alert.setHeaderText("Something went wrong");
        alert.show();
    }
}
