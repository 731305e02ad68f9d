package studio.backprop.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for the window in TestFX flows: layout runs in the background, so results arrive later. */
final class FxWait {

    private static final int SECONDS = 30;

    private FxWait() {
    }

    static void until(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + SECONDS + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Loads a program as opening a file does, and waits until its graph is laid out and shown. */
    static void load(FxRobot robot, StudioModel model, String program) {
        robot.interact(() -> model.load(program));
        until(() -> model.showingProperty().get() != null && model.showingProperty().get().source().equals(program)
                && !model.busyProperty().get());
    }

    /** Types a value into an input's field and presses Enter, once its row is there. */
    static void setValue(FxRobot robot, String name, String value) {
        // The Variables list makes its cells on a later pulse than the graph's nodes appear.
        until(() -> robot.lookup("#value-field-" + name).tryQuery().isPresent());
        TextField field = robot.lookup("#value-field-" + name).queryAs(TextField.class);
        robot.doubleClickOn(field);
        robot.interact(field::selectAll);
        robot.write(value);
        robot.type(KeyCode.ENTER);
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Text.class).getText();
    }

    /** The text of a canvas part, as {@link CanvasParts#part} finds it. */
    static String text(FxRobot robot, java.util.function.Predicate<javafx.scene.Node> part) {
        return robot.lookup(part).queryAs(Text.class).getText();
    }
}
