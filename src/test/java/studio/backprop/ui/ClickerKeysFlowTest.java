package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

/**
 * A presentation clicker sends Page Down and Page Up; they step the animation wherever the focus
 * is, unless the student is typing at that moment. Esc leaves the editor, and the window opens
 * with the focus on the graph.
 */
@ExtendWith(ApplicationExtension.class)
class ClickerKeysFlowTest {

    private Studio studio;

    @Start
    void start(Stage stage) {
        studio = Studio.open(stage, StudioOptions.instant(), TestPreferences.fresh(), 1280, 800);
        stage.show();
        ExampleCatalog.Example lecture = ExampleCatalog.named("lecture");
        studio.document.untitled(lecture.title(), lecture.source());
    }

    @AfterAll
    static void forgetPreferences() {
        TestPreferences.removeAll();
    }

    @Test
    void theWindowOpensWithTheFocusOnTheGraphSoTheClickerWorksAtOnce(FxRobot robot) {
        FxWait.until(() -> robot.lookup(CanvasParts.part("node-u")).tryQuery().isPresent());
        assertThat(focusOwner()).isSameAs(studio.window.canvas());
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(caption(robot)).isEqualTo("Forward 1/3: u = b·c = 3·2 = 6");
    }

    @Test
    void pageDownStepsWhileTheEditorHasTheFocusButNothingIsBeingTyped(FxRobot robot) {
        FxWait.until(() -> robot.lookup(CanvasParts.part("node-u")).tryQuery().isPresent());
        CodeArea editor = robot.lookup("#program-editor").queryAs(CodeArea.class);
        String program = editor.getText();
        robot.clickOn(editor);
        assertThat(focusOwner()).isSameAs(editor);
        robot.type(KeyCode.PAGE_DOWN, 2);
        assertThat(caption(robot)).isEqualTo("Forward 2/3: v = a + u = 5 + 6 = 11");
        robot.type(KeyCode.PAGE_UP);
        assertThat(caption(robot)).isEqualTo("Forward 1/3: u = b·c = 3·2 = 6");
        assertThat(editor.getText()).isEqualTo(program);
        assertThat(focusOwner()).as("the teacher may go on typing").isSameAs(editor);
    }

    @Test
    void whileTheStudentTypesKeysBelongToTheEditor(FxRobot robot) {
        FxWait.until(() -> robot.lookup(CanvasParts.part("node-u")).tryQuery().isPresent());
        CodeArea editor = robot.lookup("#program-editor").queryAs(CodeArea.class);
        robot.clickOn(editor);
        robot.interact(() -> editor.moveTo(editor.getLength()));
        robot.write("\n# note");
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.RIGHT, KeyCode.SPACE);
        assertThat(studio.model.playback().position()).as("nothing stepped while typing").isZero();
        assertThat(editor.getText()).endsWith("# note ");
    }

    @Test
    void pageDownStepsWhileAValueFieldHasTheFocus(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#value-field-a").tryQuery().isPresent());
        TextField field = robot.lookup("#value-field-a").queryAs(TextField.class);
        robot.clickOn(field);
        assertThat(focusOwner()).isSameAs(field);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(caption(robot)).isEqualTo("Forward 1/3: u = b·c = 3·2 = 6");
        assertThat(field.getText()).isEqualTo("5");
    }

    @Test
    void escLeavesTheEditorForTheGraphWhereArrowsAndSpaceStepAgain(FxRobot robot) {
        FxWait.until(() -> robot.lookup(CanvasParts.part("node-u")).tryQuery().isPresent());
        CodeArea editor = robot.lookup("#program-editor").queryAs(CodeArea.class);
        robot.clickOn(editor);
        robot.type(KeyCode.ESCAPE);
        assertThat(focusOwner()).isSameAs(studio.window.canvas());
        robot.type(KeyCode.RIGHT);
        assertThat(studio.model.playback().position()).isEqualTo(1);
    }

    private Node focusOwner() {
        return studio.scene.getFocusOwner();
    }

    private static String caption(FxRobot robot) {
        return robot.lookup("#caption").queryAs(Label.class).getText();
    }
}
