package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import studio.backprop.io.ExampleCatalog;

/**
 * The nudge panel in the window follows the step: backprop's derivative of an input, the slope
 * picture's tangent, the h plot and the table's answers appear only once the backward pass has
 * reached the input, and in reveal mode only once its dvar is revealed.
 */
@ExtendWith(ApplicationExtension.class)
class NudgeFlowTest {

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
    void theBackwardPassRevealsBackpropsAnswerInputByInput(FxRobot robot) {
        FxWait.load(robot, model, ExampleCatalog.named("lecture").source());
        robot.clickOn(CanvasParts.part("node-b"));
        // Nothing computed yet: the nudge can be tried, but backprop has not said anything.
        assertThat(label(robot, "#nudge-line").getText()).isEqualTo("b: 3 → 3.001, J: 33 → 33.006, ΔJ/Δb = 0.006 / 0.001 = 6");
        assertThat(label(robot, "#backprop-line").getText()).startsWith("backprop: dJ/db = ?").doesNotContain("= 6");
        assertThat(label(robot, "#verdict").isVisible()).isFalse();
        choose(robot, "h-tab");
        FxWait.until(() -> label(robot, "#h-plot-why").isVisible());
        assertThat(row(robot, "b = 3")).containsExactly("b = 3", "?", "6", "6", "?", "");

        // The lecture's backward pass reaches J, v, u, c, b and a last.
        robot.interact(() -> model.playback().toEnd());
        FxWait.until(() -> label(robot, "#verdict").isVisible());
        assertThat(label(robot, "#backprop-line").getText()).endsWith(" = 6");
        assertThat(label(robot, "#chain-line").getText()).endsWith("= 3 · 1 · c = 3c = 6");
        assertThat(label(robot, "#h-plot-why").isVisible()).isFalse();
        List<String> b = row(robot, "b = 3");
        assertThat(b.subList(1, 4)).containsExactly("6", "6", "6");
        assertThat(Double.parseDouble(b.get(4))).as("rounding only").isLessThan(1e-9);
        assertThat(b.get(5)).isEqualTo("agrees");
    }

    @Test
    void inRevealModeNothingOfAnUnrevealedDvarShows(FxRobot robot) {
        FxWait.load(robot, model, ExampleCatalog.named("lecture").source());
        robot.clickOn(CanvasParts.part("node-c"));
        robot.interact(() -> {
            model.reveal().enabledProperty().set(true);
            model.playback().toEnd();
        });
        // The graph writes dc = ?, so the panel does not say 9, not even as the nudge's ΔJ/Δc.
        FxWait.until(() -> label(robot, "#nudge-line").getText().startsWith("Reveal dc first"));
        assertThat(label(robot, "#backprop-line").getText()).isEmpty();
        assertThat(label(robot, "#slope-picture-why").getText()).startsWith("Reveal dc first");
        assertThat(row(robot, "c = 2").subList(1, 5)).containsOnly("?");
        robot.interact(() -> model.reveal().reveal(node("c")));
        FxWait.until(() -> label(robot, "#backprop-line").getText().endsWith(" = 9"));
        assertThat(label(robot, "#nudge-line").getText()).endsWith("ΔJ/Δc = 0.009 / 0.001 = 9");
        assertThat(label(robot, "#slope-picture-why").isVisible()).isFalse();
    }

    @Test
    void theHSliderSetsTheNudgesH(FxRobot robot) {
        FxWait.load(robot, model, ExampleCatalog.named("slope-a-squared").source());
        robot.interact(() -> model.playback().toEnd());
        choose(robot, "h-tab");
        Slider slider = robot.lookup("#h-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(-1));
        FxWait.until(() -> model.nudge().hProperty().get() == 0.1);
        // J = a² at a = 2 (the example's value): ΔJ/Δa = 4 + h exactly.
        assertThat(label(robot, "#nudge-line").getText()).endsWith("= 4.1");
        assertThat(robot.lookup("#nudge-h").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("0.1");
    }

    @Test
    void anHThatIsNotAPositiveNumberIsExplainedBesideItsField(FxRobot robot) {
        FxWait.load(robot, model, ExampleCatalog.named("lecture").source());
        javafx.scene.control.TextField h = robot.lookup("#nudge-h").queryAs(javafx.scene.control.TextField.class);
        robot.doubleClickOn(h);
        robot.interact(h::selectAll);
        robot.write("0.5x");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        FxWait.until(() -> label(robot, "#nudge-h-problem").isVisible());
        assertThat(label(robot, "#nudge-h-problem").getText()).isEqualTo("h must be a positive number, such as 0.001.");
        assertThat(model.nudge().hProperty().get()).as("h unchanged").isEqualTo(0.001);
        robot.interact(h::selectAll);
        robot.write("0.01");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        FxWait.until(() -> model.nudge().hProperty().get() == 0.01);
        assertThat(label(robot, "#nudge-h-problem").isVisible()).isFalse();
    }

    @Test
    void theSlopePictureCanBeCopiedForASlide(FxRobot robot) throws Exception {
        FxWait.load(robot, model, ExampleCatalog.named("slope-a-squared").source());
        robot.interact(() -> {
            model.playback().toEnd();
            javafx.scene.input.Clipboard.getSystemClipboard().clear();
        });
        FxWait.until(() -> robot.lookup("#slope-picture-image").queryAs(javafx.scene.image.ImageView.class).getImage() != null);
        robot.rightClickOn("#slope-picture-image");
        FxWait.until(() -> robot.lookup(".context-menu").tryQuery().isPresent());
        robot.clickOn("#slope-picture-copy");
        javafx.scene.image.ImageView shown = robot.lookup("#slope-picture-image").queryAs(javafx.scene.image.ImageView.class);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image copied = org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getImage()).get();
        assertThat(copied).as("an image on the clipboard").isNotNull();
        // Twice the pixels of the plot on screen, as Copy graph as image does.
        assertThat(copied.getWidth()).isEqualTo(2 * shown.getFitWidth(), org.assertj.core.api.Assertions.within(2.0));
    }

    private studio.backprop.graph.Node node(String name) {
        return model.showingProperty().get().graph().inputs().stream().filter(n -> n.label().equals(name)).findFirst().orElseThrow();
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    /** Chooses one of the figures' tabs, whose content is made when it is first chosen. */
    private static void choose(FxRobot robot, String tabId) {
        javafx.scene.control.TabPane tabs = robot.lookup("#nudge-figures").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(tab -> tabId.equals(tab.getId())).findFirst().orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> row(FxRobot robot, String first) {
        choose(robot, "inputs-tab");
        TableView<List<String>> table = robot.lookup("#inputs-table").queryAs(TableView.class);
        FxWait.until(() -> table.getItems().stream().anyMatch(row -> row.get(0).equals(first)));
        return table.getItems().stream().filter(row -> row.get(0).equals(first)).findFirst().orElseThrow();
    }
}
