package studio.backprop.ui;

import java.util.function.LongSupplier;

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
 * R reveal mode, C the follow camera, N the nudge check in the presentation layout, ? or F1 the
 * list of keys, Esc leaves the editor.
 *
 * <p>A clicker's Page Down and Page Up step the animation wherever the focus is, the editor and the
 * value fields included, unless the student is typing there at that moment (a key typed in the
 * last {@value #TYPING_MILLIS} ms). Keys that type or move the caret (→, Space, B, ...) are left
 * to a text field while it has the focus; Esc gives the focus back to the graph.
 */
final class ClassroomKeys implements EventHandler<KeyEvent> {

    /** How long after a key typed into a text field Page Down still belongs to the field. */
    static final long TYPING_MILLIS = 1500;

    private final StudioModel model;
    private final Runnable toggleShortcuts;
    private final Runnable fit;
    private final javafx.scene.Node jacobian;
    private final javafx.scene.Node graph;
    private final LongSupplier clockMillis;
    /** When a key last went into a text field, by {@link #clockMillis}. */
    private long lastTyped = Long.MIN_VALUE / 2;

    /** {@code jacobian} is the Jacobian overlay, which Esc closes first; {@code graph} takes the focus from the editor on Esc. */
    ClassroomKeys(StudioModel model, Runnable toggleShortcuts, Runnable fit, javafx.scene.Node jacobian,
                  javafx.scene.Node graph) {
        this(model, toggleShortcuts, fit, jacobian, graph, System::currentTimeMillis);
    }

    ClassroomKeys(StudioModel model, Runnable toggleShortcuts, Runnable fit, javafx.scene.Node jacobian,
                  javafx.scene.Node graph, LongSupplier clockMillis) {
        this.model = model;
        this.jacobian = jacobian;
        this.toggleShortcuts = toggleShortcuts;
        this.fit = fit;
        this.graph = graph;
        this.clockMillis = clockMillis;
    }

    @Override
    public void handle(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_PRESSED && pressed(event)) {
            event.consume();
        } else if (event.getEventType() == KeyEvent.KEY_TYPED && typed(event)) {
            event.consume();
        }
        if (!event.isConsumed() && isTyping(event) && typesText(event)) lastTyped = clockMillis.getAsLong();
    }

    /** A key that changes a field's text: a character, Backspace, Delete or Enter. */
    private static boolean typesText(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_TYPED) {
            return !event.getCharacter().isEmpty() && !event.isShortcutDown() && event.getCharacter().codePointAt(0) >= 0x20;
        }
        return event.getEventType() == KeyEvent.KEY_PRESSED && (event.getCode() == KeyCode.BACK_SPACE
                || event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.ENTER);
    }

    /** Whether the student is typing into a text field right now, rather than only having left the focus there. */
    private boolean typingNow(KeyEvent event) {
        return isTyping(event) && clockMillis.getAsLong() - lastTyped < TYPING_MILLIS;
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
                if (typingNow(event) && !model.presentingProperty().get()) return false;
                model.reveal().next();
            }
            case PAGE_UP -> {
                if (typingNow(event) && !model.presentingProperty().get()) return false;
                model.reveal().back();
            }
            case ESCAPE -> {
                if (jacobian.isVisible()) jacobian.setVisible(false);
                else if (model.blankedProperty().get()) model.blankedProperty().set(false);
                else if (typing) graph.requestFocus();
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
            case "c", "C" -> model.followProperty().set(!model.followProperty().get());
            case "n", "N" -> model.nudgeShownProperty().set(!model.nudgeShownProperty().get());
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
