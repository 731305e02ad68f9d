package studio.backprop.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The desktop app. Opens with the lecture example, or with the .cgraph file given as the only
 * argument.
 */
public final class StudioApp extends Application {

    static final String STYLESHEET = "/studio/backprop/ui/studio.css";
    static final String LIGHT_THEME = "/studio/backprop/themes/light.css";

    /** Starts the JavaFX runtime and opens the window; returns when the window is closed. */
    public static void open(String[] args) {
        Application.launch(StudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> report(error));
        StudioModel model = new StudioModel(StudioOptions.interactive());
        StudioWindow window = new StudioWindow(model, 1);
        Scene scene = new Scene(window, 1280, 800);
        stylize(scene);
        stage.setScene(scene);
        stage.setTitle("Backprop Studio");
        stage.show();
        // The graph has focus at first, so the arrow keys and Space drive the animation at once.
        window.canvas().requestFocus();
        List<String> args = getParameters().getRaw();
        model.load(initialProgram(args, stage));
    }

    static void stylize(Scene scene) {
        scene.getStylesheets().setAll(
                StudioApp.class.getResource(STYLESHEET).toExternalForm(),
                StudioApp.class.getResource(LIGHT_THEME).toExternalForm());
    }

    private static String initialProgram(List<String> args, Stage stage) {
        if (!args.isEmpty()) {
            Path file = Path.of(args.get(0));
            try {
                String text = Files.readString(file);
                stage.setTitle("Backprop Studio — " + file.getFileName());
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> alert("Could not open " + file,
                        "Backprop Studio could not read " + file + " (" + e.getMessage() + "). The lecture example is open instead."));
            }
        }
        stage.setTitle("Backprop Studio — lecture example");
        return ExampleCatalog.named("lecture").source();
    }

    private static void report(Throwable error) {
        error.printStackTrace();
        alert("Something went wrong", "Backprop Studio hit a problem it did not expect: " + error
                + "\nYour program is still in the editor. Please report this with the program that caused it.");
    }

    private static void alert(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }
}
