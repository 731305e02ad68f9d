package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import studio.backprop.graph.Node;
import studio.backprop.io.ExampleCatalog;
import studio.backprop.layout.Drawing;
import studio.backprop.ui.canvas.GraphCanvas;
import studio.backprop.ui.canvas.NodeView;

/**
 * The follow camera, as a teacher meets it with the 2-3-1 network at 1280 × 800: the whole graph
 * would show its numbers smaller than the chosen text size, so each step brings its node on screen
 * at that size, with the overview map in the corner; C gives the whole graph back. And after a
 * text-size change the graph is fitted again unless the teacher zoomed by hand.
 */
@ExtendWith(ApplicationExtension.class)
class FollowCameraFlowTest {

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

    @Test
    void everyStepOfABigGraphIsOnScreenAtTheChosenTextSize(FxRobot robot) {
        open(robot, "network-2-3-1");
        GraphCanvas canvas = studio.window.canvas();
        Drawing drawing = canvas.drawing();
        assertThat(canvas.viewport().scale()).as("the whole network only fits smaller than the text size").isLessThan(1);
        assertThat(robot.lookup("#overview-map").query().isVisible()).as("no step yet: the whole graph").isFalse();
        var timeline = studio.model.playback().timeline();
        for (int step = 1; step <= timeline.end(); step += 5) {
            int target = step;
            robot.interact(() -> {
                while (studio.model.playback().position() < target) studio.model.playback().stepForward();
            });
            Node active = timeline.activeNode(step);
            assertThat(canvas.viewport().scale()).as("step " + step + ": numbers at the chosen size").isEqualTo(1);
            assertThat(onCanvas(canvas, active)).as("step " + step + ": " + active.label() + " is on screen").isTrue();
            assertThat(robot.lookup("#overview-map").query().isVisible()).isTrue();
        }
        robot.clickOn("#graph-canvas");
        robot.write("c");
        assertThat(studio.model.followProperty().get()).isFalse();
        assertThat(canvas.viewport().shows(canvas.getWidth(), canvas.getHeight(), drawing.width(), drawing.height()))
                .as("C shows the whole graph again").isTrue();
        assertThat(robot.lookup("#overview-map").query().isVisible()).isFalse();
        robot.write("c");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(onCanvas(canvas, timeline.activeNode(studio.model.playback().position()))).isTrue();
        assertThat(canvas.viewport().scale()).isEqualTo(1);
        // Larger text, so that even the presentation layout's bigger canvas needs the camera.
        double before = canvas.drawing().fontSize();
        robot.interact(() -> studio.model.fontScaleProperty().set(1.5));
        FxWait.until(() -> canvas.drawing().fontSize() == before * 1.5 && !studio.model.busyProperty().get());
        robot.type(KeyCode.PAGE_DOWN, 3);
        assertThat(canvas.following()).isTrue();
        robot.type(KeyCode.F5);
        FxWait.until(() -> canvas.getHeight() > 650);
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(canvas.following()).as("the presentation layout keeps the camera on the step").isTrue();
        assertThat(onCanvas(canvas, timeline.activeNode(studio.model.playback().position()))).isTrue();
    }

    @Test
    void aSmallGraphIsNotFollowedButShownWhole(FxRobot robot) {
        open(robot, "lecture");
        GraphCanvas canvas = studio.window.canvas();
        robot.clickOn("#graph-canvas");
        robot.type(KeyCode.PAGE_DOWN, 3);
        Drawing drawing = canvas.drawing();
        assertThat(canvas.viewport().shows(canvas.getWidth(), canvas.getHeight(), drawing.width(), drawing.height())).isTrue();
        assertThat(canvas.following()).isFalse();
    }

    @Test
    void largerTextFitsTheGraphAgainSoTheInputsAndTheOutputStayOnScreen(FxRobot robot) {
        open(robot, "lecture");
        robot.interact(() -> studio.model.presentingProperty().set(true));
        GraphCanvas canvas = studio.window.canvas();
        double before = canvas.drawing().fontSize();
        robot.clickOn("#graph-canvas");
        for (int i = 0; i < 3; i++) robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        FxWait.until(() -> canvas.drawing().fontSize() == before * 1.75 && !studio.model.busyProperty().get());
        Drawing drawing = canvas.drawing();
        assertThat(canvas.viewport().shows(canvas.getWidth(), canvas.getHeight(), drawing.width(), drawing.height()))
                .as("every node, a, b, c and J too, is on screen").isTrue();
    }

    @Test
    void largerTextKeepsAZoomSetByHand(FxRobot robot) {
        open(robot, "lecture");
        GraphCanvas canvas = studio.window.canvas();
        robot.clickOn("#graph-canvas");
        robot.type(KeyCode.ADD);
        double zoom = canvas.viewport().scale();
        double before = canvas.drawing().fontSize();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        FxWait.until(() -> canvas.drawing().fontSize() > before && !studio.model.busyProperty().get());
        assertThat(canvas.viewport().scale()).isEqualTo(zoom);
    }

    private void open(FxRobot robot, String example) {
        ExampleCatalog.Example chosen = ExampleCatalog.named(example);
        robot.interact(() -> studio.document.untitled(chosen.title(), chosen.source()));
        FxWait.until(() -> studio.model.showingProperty().get() != null
                && studio.model.showingProperty().get().source().equals(chosen.source())
                && studio.window.canvas().complete() && !studio.model.busyProperty().get());
    }

    /** Whether the node's box lies wholly inside the canvas, as drawn now. */
    private static boolean onCanvas(GraphCanvas canvas, Node node) {
        NodeView view = canvas.nodeViews().get(node.index());
        Bounds box = canvas.sceneToLocal(view.localToScene(view.getBoundsInLocal()));
        return box.getMinX() >= 0 && box.getMinY() >= 0 && box.getMaxX() <= canvas.getWidth()
                && box.getMaxY() <= canvas.getHeight();
    }
}
