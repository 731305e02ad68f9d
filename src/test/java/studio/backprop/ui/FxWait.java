package studio.backprop.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

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

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Text.class).getText();
    }
}
