package studio.backprop.ui;

import java.util.Locale;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import studio.backprop.presentation.Palette;
import studio.backprop.presentation.Theme;
import studio.backprop.ui.document.DocumentActions;
import studio.backprop.ui.document.DocumentViewModel;
import studio.backprop.ui.document.FileDialogs;
import studio.backprop.ui.export.ExportActions;
import studio.backprop.ui.export.ExportViewModel;

/**
 * One assembled window: model, document, view and the scene's looks, wired to a stage and to the
 * preferences. The app, the screenshot tool and the UI tests all open Backprop Studio this way.
 */
public final class Studio {

    static final String STYLESHEET = "/studio/backprop/ui/studio.css";
    /** The panels' base text size at font scale 1. */
    static final double BASE_FONT_PX = 14;

    final StudioModel model;
    final DocumentViewModel document;
    final DocumentActions actions;
    final ExportActions exports;
    final StudioWindow window;
    final Scene scene;

    private Studio(Stage stage, StudioOptions options, StudioPreferences preferences, FileDialogs dialogs,
                   double width, double height) {
        model = new StudioModel(options);
        document = new DocumentViewModel(model);
        actions = new DocumentActions(stage, document, preferences, dialogs);
        exports = new ExportActions(stage, model, document, new ExportViewModel(model, preferences), dialogs,
                options.background(), options.fx());
        model.themeProperty().set(preferences.theme());
        model.fontScaleProperty().set(preferences.fontScale());
        model.playback().speedProperty().set(preferences.speed());
        window = new StudioWindow(model, options.animationScale(), actions, exports);
        scene = new Scene(window, width, height);
        applyLooks();
        model.themeProperty().addListener((observable, before, now) -> {
            applyLooks();
            preferences.setTheme(now);
            preferences.flush();
        });
        model.fontScaleProperty().addListener((observable, before, now) -> {
            applyLooks();
            preferences.setFontScale(now.doubleValue());
            preferences.flush();
        });
        model.playback().speedProperty().addListener((observable, before, now) -> {
            preferences.setSpeed(now.doubleValue());
            preferences.flush();
        });
        stage.setScene(scene);
        // The graph has the focus from the start, so a clicker's first Page Down steps at once.
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> window.canvas().requestFocus());
        stage.titleProperty().bind(document.titleBinding());
        stage.setOnCloseRequest(event -> {
            if (!actions.mayClose()) {
                event.consume();
                return;
            }
            preferences.setWindowSize(scene.getWidth(), scene.getHeight());
            preferences.flush();
        });
    }

    static Studio open(Stage stage, StudioOptions options, StudioPreferences preferences, double width, double height) {
        return new Studio(stage, options, preferences, FileDialogs.SYSTEM, width, height);
    }

    static Studio open(Stage stage, StudioOptions options, StudioPreferences preferences, FileDialogs dialogs,
                       double width, double height) {
        return new Studio(stage, options, preferences, dialogs, width, height);
    }

    /** The theme's style sheet, and text sized by the theme and the student's font scale. */
    private void applyLooks() {
        Theme theme = model.themeProperty().get();
        scene.getStylesheets().setAll(Studio.class.getResource(STYLESHEET).toExternalForm(),
                Studio.class.getResource(theme.stylesheet()).toExternalForm());
        double scale = model.fontScaleProperty().get() * Palette.of(theme).fontScale();
        window.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * scale));
    }
}
