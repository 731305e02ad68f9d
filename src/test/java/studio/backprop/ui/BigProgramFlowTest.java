package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import studio.backprop.layout.SamplePrograms;
import studio.backprop.presentation.Showing;

/**
 * Programs of 10,000 and 100,000 nodes open in the window: drawn if the screen can, otherwise
 * with the reason where the picture would be, and always with their variables, nudge check and
 * captions. Before, a 10,000-node DAG gave "Something went wrong: StackOverflowError", an empty
 * graph and no variables.
 */
@ExtendWith(ApplicationExtension.class)
class BigProgramFlowTest {

    private Studio studio;

    @Start
    void start(Stage stage) {
        studio = Studio.open(stage, StudioOptions.instant(), TestPreferences.fresh(), 1280, 800);
        stage.show();
    }

    @AfterAll
    static void forgetPreferences() {
        TestPreferences.removeAll();
    }

    private void opens(FxRobot robot, String program, String reason) {
        FxWait.load(robot, studio.model, program);
        Label noPicture = robot.lookup("#no-picture").queryAs(Label.class);
        assertThat(noPicture.isVisible()).isTrue();
        assertThat(noPicture.getText()).startsWith("No picture: " + reason).endsWith(Showing.NUMBERS_STILL_HERE);
        assertThat(robot.lookup(".graph-node").queryAll()).isEmpty();
        assertThat(robot.lookup(".variable-name").queryAll()).isNotEmpty();
        robot.clickOn("#to-end");
        assertThat(robot.lookup("#caption").queryAs(Label.class).getText()).startsWith("Backward ");
        assertThat(robot.lookup("#nudge-line").queryAs(Label.class).getText()).isNotEmpty();
    }

    @Test
    void tenThousandAndAHundredThousandNodeDagsOpenWithoutAPicture(FxRobot robot) {
        opens(robot, SamplePrograms.sharedInputs(10_000, new Random(10_000)), "This graph is too large to draw: it has ");
        opens(robot, SamplePrograms.sharedInputs(100_000, new Random(100_000)), "This graph is too large to draw: it has ");
    }

    @Test
    void aHundredThousandStepChainOpensWithoutAPictureTheScreenCouldNotDraw(FxRobot robot) {
        opens(robot, SamplePrograms.chain(100_000), "This graph has 200,001 nodes and edges, more than the "
                + "screen can draw");
    }

    @Test
    void aProgramTooLargeToEditIsShownInPartReadOnlyAndStillWorkedOut(FxRobot robot) {
        String oneLine = "a = 2\nJ = a" + " + a".repeat(50_000);
        FxWait.load(robot, studio.model, oneLine);
        org.fxmisc.richtext.CodeArea editor = robot.lookup("#program-editor").queryAs(org.fxmisc.richtext.CodeArea.class);
        assertThat(editor.isEditable()).isFalse();
        assertThat(editor.getLength()).isLessThan(21_000);
        assertThat(robot.lookup("#editor-too-large").queryAs(Label.class).getText())
                .startsWith("This program is too large to edit here (200,011 characters");
        assertThat(studio.model.sourceProperty().get()).isEqualTo(oneLine);
        assertThat(studio.model.showingProperty().get().analysis().evaluation().output()).isEqualTo(100_002);

        FxWait.load(robot, studio.model, "a = 5\nJ = 3*a");
        assertThat(editor.isEditable()).isTrue();
        assertThat(editor.getText()).isEqualTo("a = 5\nJ = 3*a");
        assertThat(robot.lookup("#editor-too-large").queryAs(Label.class).isVisible()).isFalse();
    }

    /** Drawing all 20,000 views takes about 40 s here (docs/benchmarks.md), so this waits for the first slices only. */
    @Test
    void aTenThousandStepChainIsLaidOutAndDrawn(FxRobot robot) {
        FxWait.load(robot, studio.model, SamplePrograms.chain(10_000));
        assertThat(studio.model.showingProperty().get().drawn()).isTrue();
        assertThat(studio.model.showingProperty().get().drawing().boxes()).hasSize(10_001);
        assertThat(robot.lookup("#no-picture").queryAs(Label.class).isVisible()).isFalse();
        assertThat(studio.window.canvas().nodeViews()).isNotEmpty();
        assertThat(FxWait.text(robot, CanvasParts.part("value-x0"))).isEqualTo("0.5");
    }
}
