package studio.backprop.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import studio.backprop.ui.Models;
import studio.backprop.ui.StudioModel;

/**
 * The canvas fills its views in once per change of what is showing. Before the window published
 * one snapshot, an edited program was filled in five times: three half-updated states were
 * skipped by a guard, and two full passes drew the same thing. A loaded program was compiled
 * twice as well, so it was filled in ten times.
 */
@ExtendWith(ApplicationExtension.class)
class GraphPresenterTest {

    private StudioModel model;
    private GraphCanvas canvas;
    private GraphPresenter presenter;

    @Start
    void start(Stage stage) {
        model = Models.synchronous();
        canvas = new GraphCanvas();
        presenter = new GraphPresenter(model, canvas, 0, (title, text) -> { });
    }

    private int refreshesDuring(FxRobot robot, Runnable change) {
        int before = presenter.refreshes;
        robot.interact(change);
        return presenter.refreshes - before;
    }

    @Test
    void aNewProgramIsFilledInOnceWithItsOwnNumbers(FxRobot robot) {
        assertThat(refreshesDuring(robot, () -> model.load("a = 5; b = 3; c = 2; u = b*c; v = a + u; J = 3*v"))).isEqualTo(1);
        robot.interact(() -> model.playback().toEnd());
        assertThat(refreshesDuring(robot, () -> model.sourceProperty().set("x = 2; J = x*x"))).isEqualTo(1);
        assertThat(canvas.nodeViews()).hasSize(model.showingProperty().get().graph().size());
        assertThat(canvas.drawing()).isSameAs(model.showingProperty().get().drawing());
        assertThat(model.playback().position()).isZero();
    }

    @Test
    void aStepANewValueAndARevealEachFillTheViewsInOnce(FxRobot robot) {
        robot.interact(() -> model.load("a = 5; b = 3; c = 2; u = b*c; v = a + u; J = 3*v"));
        assertThat(refreshesDuring(robot, () -> model.playback().stepForward())).isEqualTo(1);
        assertThat(refreshesDuring(robot, () -> model.variables().row("a").setValue(7))).isEqualTo(1);
        robot.interact(() -> model.reveal().enabledProperty().set(true));
        assertThat(refreshesDuring(robot, () -> model.reveal().next())).isEqualTo(1);
    }

    @Test
    void choosingAnotherInputOnlyMovesTheMark(FxRobot robot) {
        robot.interact(() -> model.load("a = 5; b = 3; J = a*b"));
        assertThat(refreshesDuring(robot, () -> model.nudge().select("b"))).isZero();
        NodeView b = canvas.nodeViews().stream().filter(view -> view.node().label().equals("b")).findFirst().orElseThrow();
        assertThat(b.getPseudoClassStates()).contains(NodeView.SELECTED);
    }
}
