package studio.backprop.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The peer of {@link StartupProbe}: a JavaFX window with one label, the least a JavaFX app can show.
 * The main class does not extend {@link Application}, as the app's launcher does not, so it starts
 * on a plain classpath the same way.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        FirstFrame.watch(scene -> true);
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Backprop Studio")), 1280, 800));
            stage.setTitle("Bare window");
            stage.show();
        }
    }
}
