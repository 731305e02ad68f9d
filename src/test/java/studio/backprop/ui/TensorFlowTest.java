package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import studio.backprop.io.ExampleCatalog;
import studio.backprop.layout.NodeBox;
import studio.backprop.layout.Rect;
import studio.backprop.ui.canvas.EdgeView;
import studio.backprop.ui.canvas.NodeView;

/**
 * The course's matrix-form network in the window: the backward pass in matrix form, the nudge of
 * one element picked by clicking its cell, an edge's local Jacobian, the output's Jacobian for a
 * vector output, and the scalar view checking itself. Expected numbers are Tutorial 3 question 5's
 * (∂f/∂W1[3,2] = −0.625) and hand calculation.
 */
@ExtendWith(ApplicationExtension.class)
class TensorFlowTest {

    private Studio studio;
    private StudioModel model;

    @Start
    void start(Stage stage) {
        studio = Studio.open(stage, StudioOptions.instant(), TestPreferences.fresh(), 1280, 800);
        model = studio.model;
        stage.show();
    }

    @AfterAll
    static void forgetPreferences() {
        TestPreferences.removeAll();
    }

    @Test
    void theBackwardPassIsWrittenInMatrixFormWithItsShapeCheck(FxRobot robot) {
        FxWait.load(robot, model, ExampleCatalog.named("network-2-3-1-matrix").source());
        List<String> captions = new ArrayList<>();
        robot.interact(() -> model.playback().restart());
        for (int i = 0; i < model.playback().timeline().end(); i++) {
            robot.interact(() -> model.playback().stepForward());
            captions.add(robot.lookup("#caption").queryAs(Label.class).getText());
        }
        assertThat(captions).contains("Forward 1/3: y = W1 · x = [1, -1, 0]");
        assertThat(captions).anyMatch(caption -> caption.startsWith("Backward")
                && caption.contains("dW1 (3×2) = dy (3) · xᵀ (1×2)") && caption.endsWith("shape(dW1) = shape(W1) = 3×2 ✓"));
    }

    @Test
    void clickingACellOfW1NudgesThatElement(FxRobot robot) {
        FxWait.load(robot, model, ExampleCatalog.named("network-2-3-1-matrix").source());
        robot.interact(() -> model.playback().toEnd());
        NodeView w1 = robot.lookup(CanvasParts.part("node-W1")).queryAs(NodeView.class);
        NodeBox box = studio.window.canvas().drawing().boxes().stream()
                .filter(candidate -> candidate.node().label().equals("W1")).findFirst().orElseThrow();
        Rect cell = box.tensor().cell(5, false);
        Point2D onScreen = w1.localToScreen(cell.x() + cell.width() / 2, cell.y() + cell.height() / 2);
        robot.clickOn(onScreen);

        assertThat(model.nudge().nudgeProperty().get().name()).isEqualTo("W1[3,2]");
        assertThat(model.nudge().nudgeLineProperty().get()).startsWith("W1[3,2]: 1 → 1.001, f: 1.75 → ");
        assertThat(model.nudge().backpropLineProperty().get())
                .isEqualTo("backprop: df/dW1[3,2] = -0.625, entry [3,2] of dW1 (3×2) = dy (3) · xᵀ (1×2)");
        assertThat(model.nudge().agreesProperty().get()).isTrue();
        assertThat(robot.lookup(".nudge-input").queryAs(Label.class).getText()).startsWith("Nudging W1[3,2].");
        javafx.scene.shape.Rectangle mark = robot.lookup(CanvasParts.part("node-W1")).lookup(".cell-mark").queryAs(javafx.scene.shape.Rectangle.class);
        assertThat(mark.isVisible()).isTrue();
        robot.moveBy(1, 0);
        assertThat(w1.explanation()).startsWith("W1[3,2] = 1\ndW1[3,2] = -0.625\n\ninput W1 = ");
        assertThat(mark.getBoundsInParent().contains(cell.x() + cell.width() / 2, cell.y() + cell.height() / 2)).isTrue();
    }

    @Test
    void clickingAnEdgeOpensItsLocalJacobian(FxRobot robot) {
        FxWait.load(robot, model, ExampleCatalog.named("network-2-3-1-matrix").source());
        EdgeView w1ToY = studio.window.canvas().edgeViews().stream()
                .filter(edge -> edge.edge().user().label().equals("y") && edge.edge().operand().label().equals("W1"))
                .findFirst().orElseThrow();
        robot.clickOn(w1ToY.lookup(".edge-label-box"));
        // y = W1 · x with x = [1, -1]: ∂y[i]/∂W1[i,j] = x[j], and 0 for the other rows.
        assertThat(studio.window.jacobian().text()).isEqualTo("∂y/∂W1 (3×6) =\n  [1, -1, 0, 0, 0, 0]\n"
                + "  [0, 0, 1, -1, 0, 0]\n  [0, 0, 0, 0, 1, -1]");
        robot.type(KeyCode.ESCAPE);
        assertThat(studio.window.jacobian().isVisible()).isFalse();
    }

    @Test
    void aVectorOutputShowsItsJacobianAndTheNudgeGivesAColumnOfIt(FxRobot robot) {
        FxWait.load(robot, model, ExampleCatalog.named("jacobian-chain-rule").source());
        robot.interact(() -> model.playback().toEnd());
        robot.interact(() -> model.nudge().select("x"));
        // f = (sin(x² + y), ln(y³)) at x = 1, y = 2: ∂f/∂x = (2x·cos(3), 0) = (-1.98, 0).
        assertThat(model.nudge().columnLineProperty().get()).endsWith("∂f/∂x = [-1.98, 0]");
        robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        String text = studio.window.jacobian().text();
        assertThat(text).contains("Jacobian chain rule: ∂f/∂x = ∂f/∂g · ∂g/∂x");
        // ∂g/∂(x, y) = [[2x, 1], [0, 3y²]] = [[2, 1], [0, 12]].
        assertThat(text).containsPattern("g\\[1\\]\\s+2\\s+1\\s").containsPattern("g\\[2\\]\\s+0\\s+12");
        assertThat(text).containsPattern("f\\[2\\]\\s+0\\s+1.5");
    }

    @Test
    void theScalarViewAgreesWithTheTensorViewAndKeepsTheNudgedElement(FxRobot robot) {
        FxWait.load(robot, model, ExampleCatalog.named("network-2-3-1-matrix").source());
        robot.interact(() -> model.nudge().select("W1[3,2]"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X).release(KeyCode.X, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(() -> !model.busyProperty().get() && model.showingProperty().get().graph().isScalar());

        assertThat(robot.lookup("#scalar-view-text").queryAs(Label.class).getText())
                .startsWith("Scalar view: ").contains("It agrees with the tensor view on all 12 numbers compared");
        assertThat(model.scalars().disagreesProperty().get()).isFalse();
        assertThat(studio.window.canvas().nodeViews()).anyMatch(view -> view.node().label().equals("W1[3,2]"));
        assertThat(model.nudge().nudgeProperty().get().name()).isEqualTo("W1[3,2]");
        robot.interact(() -> model.playback().toEnd());
        assertThat(model.nudge().backpropLineProperty().get()).startsWith("backprop: df/dW1[3,2] = ").endsWith("= -0.625");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X).release(KeyCode.X, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(() -> !model.busyProperty().get() && !model.showingProperty().get().graph().isScalar());
        assertThat(robot.lookup("#scalar-view-banner").query().isVisible()).isFalse();
    }
}
