package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import studio.backprop.io.ExampleCatalog;

/** Real user flows through the window, headless under Monocle, with animation durations at zero. */
@ExtendWith(ApplicationExtension.class)
class StudioFlowTest {

    private StudioModel model;

    @Start
    void start(Stage stage) {
        Studio studio = Studio.open(stage, StudioOptions.instant(), TestPreferences.fresh(), 1280, 800);
        model = studio.model;
        stage.show();
    }

    @org.junit.jupiter.api.AfterAll
    static void forgetPreferences() {
        TestPreferences.removeAll();
    }

    @Test
    void typeAProgramSetItsValuesAndPlayToTheEnd(FxRobot robot) {
        typeProgram(robot, "3*(a+b*c)");
        FxWait.until(() -> robot.lookup(CanvasParts.part("node-c")).tryQuery().isPresent());
        FxWait.setValue(robot, "a", "5");
        FxWait.setValue(robot, "b", "3");
        FxWait.setValue(robot, "c", "2");
        robot.clickOn("#play");
        FxWait.until(() -> !model.playback().playingProperty().get());
        assertThat(FxWait.text(robot, CanvasParts.part("value-J"))).isEqualTo("33");
        assertThat(FxWait.text(robot, CanvasParts.part("gradient-c"))).isEqualTo("dc = 9");
        assertThat(robot.lookup("#caption").queryAs(Label.class).getText()).isEqualTo("Backward 6/6: da = dv · ∂v/∂a = dv · 1 = 3 · 1 = 3");
    }

    @Test
    void stepForwardAndBackOneStepAtATime(FxRobot robot) {
        FxWait.load(robot, model, ExampleCatalog.named("lecture").source());
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            robot.clickOn("#step-forward");
            captions.add(caption(robot));
        }
        assertThat(captions.get(1)).isEqualTo("Forward 2/3: v = a + u = 5 + 6 = 11");
        assertThat(captions.get(6)).isEqualTo("Backward 4/6: dc = du · ∂u/∂c = du · b = 3 · 3 = 9");
        assertThat(FxWait.text(robot, CanvasParts.part("gradient-c"))).isEqualTo("dc = 9");
        for (int i = 7; i >= 0; i--) {
            robot.clickOn("#step-back");
            assertThat(caption(robot)).isEqualTo(captions.get(i));
        }
        assertThat(FxWait.text(robot, CanvasParts.part("value-v"))).isEqualTo("?");
        assertThat(FxWait.text(robot, CanvasParts.part("value-u"))).isEqualTo("6");
        robot.clickOn("#step-back");
        assertThat(caption(robot)).isEqualTo("Ready: step forward to start the forward pass.");
        assertThat(FxWait.text(robot, CanvasParts.part("value-u"))).isEqualTo("?");
        assertThat(FxWait.text(robot, CanvasParts.part("value-a"))).isEqualTo("5");
    }

    @Test
    void aSyntaxErrorIsExplainedAndTheGraphKeepsItsNodes(FxRobot robot) {
        FxWait.load(robot, model, ExampleCatalog.named("lecture").source());
        int nodes = robot.lookup(".graph-node").queryAll().size();
        CodeArea editor = robot.lookup("#program-editor").queryAs(CodeArea.class);
        robot.clickOn(editor);
        robot.interact(() -> editor.moveTo(7, editor.getParagraph(7).length()));
        robot.write(" *");
        FxWait.until(() -> robot.lookup("#error-message").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#error-message").queryAs(Label.class).getText())
                .isEqualTo("Line 8, column 9: Expect an expression after '*'.");
        assertThat(nodes).isEqualTo(7);
        assertThat(robot.lookup(".graph-node").queryAll()).hasSize(nodes);
        assertThat(robot.lookup(CanvasParts.part("node-J")).tryQuery()).isPresent();
    }

    @Test
    void pickingBInTheFanOutExampleShowsAboutFiveOnBothSides(FxRobot robot) {
        FxWait.load(robot, model, ExampleCatalog.named("colah-fan-out").source());
        robot.interact(() -> model.playback().toEnd());
        FxWait.until(() -> robot.lookup(CanvasParts.part("node-b")).tryQuery().isPresent());
        robot.clickOn(CanvasParts.part("node-b"));
        assertThat(robot.lookup("#nudge-line").queryAs(Label.class).getText())
                .isEqualTo("b: 1 → 1.001, e: 6 → 6.005, Δe/Δb = 0.005001 / 0.001 = 5.001");
        assertThat(robot.lookup("#backprop-line").queryAs(Label.class).getText())
                .isEqualTo("backprop: de/db = de/dc·∂c/∂b + de/dd·∂d/∂b = 2·1 + 3·1 = 5");
    }

    @Test
    void draggingASliderUpdatesTheValuesLive(FxRobot robot) {
        FxWait.load(robot, model, ExampleCatalog.named("lecture").source());
        robot.clickOn("#to-end");
        assertThat(FxWait.text(robot, CanvasParts.part("value-J"))).isEqualTo("33");
        Slider slider = robot.lookup("#slider-a").queryAs(Slider.class);
        robot.drag(slider.lookup(".thumb")).moveBy(60, 0).release(new javafx.scene.input.MouseButton[0]);
        WaitForAsyncUtils.waitForFxEvents();
        double a = slider.getValue();
        assertThat(a).isGreaterThan(5);
        assertThat(robot.lookup("#value-field-a").queryAs(TextField.class).getText()).isNotEqualTo("5")
                .as("a drag on ±10 gives hundredths, not 16 digits").matches("\\d+(\\.\\d{1,2})?");
        assertThat(Double.toString(a)).matches("\\d+(\\.\\d{1,2})?");
        assertThat(Double.parseDouble(FxWait.text(robot, CanvasParts.part("value-J")))).isCloseTo(3 * (a + 6), org.assertj.core.api.Assertions.within(1e-3));
        assertThat(FxWait.text(robot, CanvasParts.part("value-a"))).isNotEqualTo("5");
    }

    @Test
    void aTypedValueIsKeptExactlyWhileTheSliderFollowsIt(FxRobot robot) {
        FxWait.load(robot, model, ExampleCatalog.named("lecture").source());
        FxWait.setValue(robot, "a", "5.14876");
        Slider slider = robot.lookup("#slider-a").queryAs(Slider.class);
        FxWait.until(() -> slider.getValue() == 5.14876);
        assertThat(model.variables().rows().get(0).value()).as("only a drag is rounded").isEqualTo(5.14876);
    }

    @Test
    void aValueThatIsNotANumberIsExplainedUnderItsFieldAndChangesNothing(FxRobot robot) {
        FxWait.load(robot, model, ExampleCatalog.named("lecture").source());
        FxWait.setValue(robot, "a", "abc");
        FxWait.until(() -> robot.lookup("#problem-a").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(robot.lookup("#problem-a").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("'abc' is not a number. Type one like 2, -0.5 or 1e-3.");
        assertThat(model.variables().rows().get(0).value()).as("a keeps its value").isEqualTo(5);
        FxWait.setValue(robot, "a", "7");
        FxWait.until(() -> !robot.lookup("#problem-a").queryAs(javafx.scene.control.Label.class).isVisible());
        assertThat(model.variables().rows().get(0).value()).isEqualTo(7);
    }

    private static void typeProgram(FxRobot robot, String program) {
        CodeArea editor = robot.lookup("#program-editor").queryAs(CodeArea.class);
        robot.clickOn(editor);
        robot.interact(editor::selectAll);
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        robot.write(program);
    }

    private static String caption(FxRobot robot) {
        return robot.lookup("#caption").queryAs(Label.class).getText();
    }
}
