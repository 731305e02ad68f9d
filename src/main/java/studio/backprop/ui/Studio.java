package studio.backprop.ui;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import studio.backprop.presentation.Palette;
import studio.backprop.presentation.Theme;
import studio.backprop.ui.document.Autosave;
import studio.backprop.ui.document.DocumentActions;
import studio.backprop.ui.document.DocumentViewModel;
import studio.backprop.ui.document.FileDialogs;
import studio.backprop.ui.document.RecoveryOffer;
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
    final Autosave autosave;
    private final StudioOptions options;
    private final Stage stage;

    private Studio(Stage stage, StudioOptions options, StudioPreferences preferences, FileDialogs dialogs,
                   WindowSize size) {
        this.options = options;
        this.stage = stage;
        model = new StudioModel(options);
        document = new DocumentViewModel(model);
        actions = new DocumentActions(stage, document, preferences, dialogs, options.files(), options.fx());
        model.themeProperty().set(preferences.theme());
        model.fontScaleProperty().set(preferences.fontScale());
        model.edgeLabelsProperty().set(preferences.edgeLabels());
        model.playback().speedProperty().set(preferences.speed());
        exports = new ExportActions(stage, model, document, new ExportViewModel(model, preferences), dialogs,
                options.background(), options.fx());
        window = new StudioWindow(model, options.animationScale(), actions, exports);
        scene = new Scene(window, size.width(), size.height());
        applyLooks();
        rememberChoices(preferences);
        stage.setScene(scene);
        // The graph has the focus from the start, so a clicker's first Page Down steps at once.
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> window.canvas().requestFocus());
        stage.titleProperty().bind(document.titleBinding());
        stage.setOnCloseRequest(event -> {
            // The question about unsaved work may wait for a save; the window closes once it is answered.
            event.consume();
            actions.whenMayClose(stage::close);
        });
        // However the window goes (the close button, File → Quit), its size is remembered.
        stage.setOnHiding(event -> {
            preferences.setWindowSize(scene.getWidth(), scene.getHeight());
            preferences.flush();
        });
        autosave = new Autosave(document, options.recovery().open(), options.files(), options.fx(),
                model.noticeProperty()::set);
        autosave.start();
        tellAboutDistrustedSettings(preferences);
    }

    static Studio open(Stage stage, StudioOptions options, StudioPreferences preferences, double width, double height) {
        return new Studio(stage, options, preferences, FileDialogs.SYSTEM, new WindowSize(width, height));
    }

    static Studio open(Stage stage, StudioOptions options, StudioPreferences preferences, FileDialogs dialogs,
                       double width, double height) {
        return new Studio(stage, options, preferences, dialogs, new WindowSize(width, height));
    }

    /** Offers what an earlier window that never closed properly left unsaved. */
    void offerRecovery() {
        new RecoveryOffer(stage, options.recovery(), document, options.files(), options.fx()).offer(autosave::tick);
    }

    /** The window has closed: no recovery copy is needed, and pending file work finishes before the app ends. */
    void shutDown() {
        autosave.stop();
        if (options.files() instanceof ExecutorService files) {
            files.shutdown();
            try {
                files.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void rememberChoices(StudioPreferences preferences) {
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
        model.edgeLabelsProperty().addListener((observable, before, now) -> {
            preferences.setEdgeLabels(now);
            preferences.flush();
        });
        model.playback().speedProperty().addListener((observable, before, now) -> {
            preferences.setSpeed(now.doubleValue());
            preferences.flush();
        });
    }

    /** Remembered values that could not be used were reset: said once, in the status bar. */
    private void tellAboutDistrustedSettings(StudioPreferences preferences) {
        if (preferences.distrusted().isEmpty()) return;
        model.noticeProperty().set("Some remembered settings could not be used and are back to their defaults: "
                + String.join("; ", preferences.distrusted()) + ".");
        preferences.flush();
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
