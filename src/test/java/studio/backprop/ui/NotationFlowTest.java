package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import studio.backprop.io.ExampleCatalog;

/** The course's notation in the window: what the editor notes, what the panels mark, what the nudge says. */
@ExtendWith(ApplicationExtension.class)
class NotationFlowTest {

    private StudioModel model;

    @Start
    void start(Stage stage) {
        Studio studio = Studio.open(stage, StudioOptions.instant(), TestPreferences.fresh(), 1280, 800);
        model = studio.model;
        stage.show();
    }

    @AfterAll
    static void forgetPreferences() {
        TestPreferences.removeAll();
    }

    @Test
    void lettersSideBySideAreNotedUnderTheEditorAndGiveTheTutorialsSlopes(FxRobot robot) {
        typeProgram(robot, "x = 2\ny = 1\nz = x² − 6y² + 3xy − x + 2y + 6");
        FxWait.until(() -> label(robot, "#program-notes").isVisible());
        assertThat(label(robot, "#program-notes").getText()).isEqualTo("Line 3: xy is read as x·y.");
        robot.interact(() -> model.playback().toEnd());
        robot.clickOn(CanvasParts.part("node-x"));
        assertThat(label(robot, "#backprop-line").getText()).endsWith(" = 6");
        robot.clickOn(CanvasParts.part("node-y"));
        assertThat(label(robot, "#backprop-line").getText()).endsWith(" = -4");
        assertThat(label(robot, "#verdict").getText()).isEqualTo("The nudge agrees with backprop.");
    }

    @Test
    void inputsWithoutAValueAreMarkedAndNamedUntilTheyGetOne(FxRobot robot) {
        typeProgram(robot, "3*(a+b*c)");
        FxWait.until(() -> robot.lookup("#assumed-c").tryQuery().isPresent() && label(robot, "#status-line").isVisible());
        assertThat(label(robot, "#status-line").getText()).startsWith("No value given for a, b and c, so 1 is assumed for each.");
        assertThat(label(robot, "#assumed-a").isVisible()).isTrue();
        assertThat(label(robot, "#assumed-a").getText()).isEqualTo("no value given, 1 assumed");
        FxWait.setValue(robot, "a", "5");
        FxWait.until(() -> !label(robot, "#assumed-a").isVisible());
        assertThat(label(robot, "#assumed-b").isVisible()).isTrue();
        assertThat(label(robot, "#status-line").getText()).startsWith("No value given for b and c, so 1 is assumed for each.");
    }

    @Test
    void theNudgePanelSaysAStepIsAtItsJump(FxRobot robot) {
        FxWait.load(robot, model, ExampleCatalog.named("xor-step").source());
        FxWait.until(() -> robot.lookup(CanvasParts.part("node-x1")).tryQuery().isPresent());
        robot.interact(() -> model.playback().toEnd());
        robot.clickOn(CanvasParts.part("node-x1"));
        assertThat(label(robot, "#nudge-line").getText()).isEqualTo("x1: 1 → 1.001, y: 0 → 1, Δy/Δx1 = 1 / 0.001 = 1000");
        assertThat(label(robot, "#backprop-line").getText()).endsWith(" = 0");
        assertThat(label(robot, "#verdict").getText()).startsWith("They disagree. step(z1) is at its jump (z1 = 0)");
        assertThat(label(robot, "#verdict").getStyleClass()).contains("disagrees");
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private static void typeProgram(FxRobot robot, String program) {
        CodeArea editor = robot.lookup("#program-editor").queryAs(CodeArea.class);
        robot.clickOn(editor);
        robot.interact(editor::selectAll);
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        robot.interact(() -> editor.replaceSelection(program));
    }
}
