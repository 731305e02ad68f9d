package studio.backprop.ui;

import javafx.event.EventHandler;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.GenericStyledArea;

import studio.backprop.ui.playback.PlaybackViewModel;

/**
 * The keys a teacher uses in front of a class, including what presentation clickers send:
 * Page Down / Page Up (or → / ←) step forward and back, Space plays and pauses, B or "." blanks the
 * screen, F5 switches the presentation layout, F11 full screen, Ctrl+= and Ctrl+− the text size,
 * R reveal mode, ? or F1 the list of keys. Keys that would type text are left to the editor while
 * the student is typing.
 */
final class ClassroomKeys implements EventHandler<KeyEvent> {

    private final StudioModel model;
    private final Runnable toggleShortcuts;
    private final Runnable fit;
    private final javafx.scene.Node jacobian;

    /** {@code jacobian} is the Jacobian overlay, which Esc closes first. */
    ClassroomKeys(StudioModel model, Runnable toggleShortcuts, Runnable fit, javafx.scene.Node jacobian) {
        this.model = model;
        this.jacobian = jacobian;
        this.toggleShortcuts = toggleShortcuts;
        this.fit = fit;
    }

    @Override
    public void handle(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_PRESSED && pressed(event)) {
            event.consume();
        } else if (event.getEventType() == KeyEvent.KEY_TYPED && typed(event)) {
            event.consume();
        }
    }

    private boolean pressed(KeyEvent event) {
        KeyCode code = event.getCode();
        if (event.isShortcutDown()) {
            return fontKeys(event);
        }
        boolean typing = isTyping(event);
        switch (code) {
            case F11 -> toggleFullScreen(event);
            case F5 -> model.presentingProperty().set(!model.presentingProperty().get());
            case F1 -> toggleShortcuts.run();
            case PAGE_DOWN -> {
                if (typing && !model.presentingProperty().get()) return false;
                model.reveal().next();
            }
            case PAGE_UP -> {
                if (typing && !model.presentingProperty().get()) return false;
                model.reveal().back();
            }
            case ESCAPE -> {
                if (jacobian.isVisible()) jacobian.setVisible(false);
                else if (model.blankedProperty().get()) model.blankedProperty().set(false);
                else if (model.presentingProperty().get()) model.presentingProperty().set(false);
                else return false;
            }
            default -> {
                return !typing && navigation(code);
            }
        }
        return true;
    }

    private boolean navigation(KeyCode code) {
        PlaybackViewModel playback = model.playback();
        switch (code) {
            case RIGHT, DOWN -> model.reveal().next();
            case LEFT, UP -> model.reveal().back();
            case SPACE -> playback.togglePlay();
            case HOME -> playback.restart();
            case END -> playback.toEnd();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Characters, whatever the keyboard layout: "?" for help, "b" and "." to blank, "r" for reveal mode. */
    private boolean typed(KeyEvent event) {
        if (isTyping(event) || event.isShortcutDown() || event.isAltDown()) return false;
        switch (event.getCharacter()) {
            case "?" -> toggleShortcuts.run();
            case "b", "B", "." -> model.blankedProperty().set(!model.blankedProperty().get());
            case "r", "R" -> model.reveal().enabledProperty().set(!model.reveal().enabledProperty().get());
            case "f", "F" -> fit.run();
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean fontKeys(KeyEvent event) {
        double scale = model.fontScaleProperty().get();
        switch (event.getCode()) {
            case EQUALS, PLUS, ADD -> model.fontScaleProperty().set(Math.min(3, round(scale + 0.25)));
            case MINUS, SUBTRACT -> model.fontScaleProperty().set(Math.max(0.5, round(scale - 0.25)));
            case DIGIT0, NUMPAD0 -> model.fontScaleProperty().set(1);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static double round(double scale) {
        return Math.round(scale * 4) / 4.0;
    }

    private static boolean isTyping(KeyEvent event) {
        return event.getTarget() instanceof TextInputControl || event.getTarget() instanceof GenericStyledArea;
    }

    private static void toggleFullScreen(KeyEvent event) {
        if (event.getSource() instanceof javafx.scene.Node node && node.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        } else if (event.getSource() instanceof javafx.scene.Scene scene && scene.getWindow() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }
}
