package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import studio.backprop.io.ExampleCatalog;
import studio.backprop.training.TrainingProgress;
import studio.backprop.ui.training.Speed;

/**
 * The training panel as a student uses it, on the bundled logistic regression (eight points,
 * w = [0, 0], b = 0, α = 1 from its '# train:' line). Expected parameters come from a replay of
 * gradient descent written out in this test (dz = a − y, dw = Xᵀ·dz / m, db = mean(dz)), not from
 * the app's passes.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingFlowTest {

    private static final double[][] X = {{0.5, 2}, {1, 2.5}, {2, 3}, {-1, 0.5}, {1.5, 0.5}, {2.5, 1}, {0, -1.5}, {-0.5, -2}};
    private static final double[] Y = {1, 1, 1, 1, 0, 0, 0, 0};

    private StudioModel model;
    private Studio studio;

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

    /** w1, w2, b after {@code steps} steps of gradient descent on all eight rows from zero. */
    private static double[] replay(int steps, double rate) {
        double w1 = 0;
        double w2 = 0;
        double b = 0;
        for (int k = 0; k < steps; k++) {
            double dw1 = 0;
            double dw2 = 0;
            double db = 0;
            for (int i = 0; i < X.length; i++) {
                double a = 1 / (1 + Math.exp(-(X[i][0] * w1 + X[i][1] * w2 + b)));
                dw1 += X[i][0] * (a - Y[i]) / X.length;
                dw2 += X[i][1] * (a - Y[i]) / X.length;
                db += (a - Y[i]) / X.length;
            }
            w1 -= rate * dw1;
            w2 -= rate * dw2;
            b -= rate * db;
        }
        return new double[] {w1, w2, b};
    }

    private void loadLogisticRegression(FxRobot robot) {
        FxWait.load(robot, model, ExampleCatalog.named("logistic-regression-training").source());
        FxWait.until(() -> robot.lookup("#training-panel").tryQuery().isPresent() && progress() != null);
    }

    private TrainingProgress progress() {
        return model.training().progressProperty().get();
    }

    /** The parameter {@code name} as the graph on screen shows it. */
    private double[] shown(String name) {
        var analysis = model.showingProperty().get().analysis();
        return analysis.evaluation().tensor(analysis.graph().input(name).orElseThrow()).toArray();
    }

    @Test
    void oneStepMovesTheParametersAsTheReplayAndWritesTheUpdateOut(FxRobot robot) {
        loadLogisticRegression(robot);
        robot.clickOn("#training-step");
        FxWait.until(() -> progress().steps() == 1);

        double[] expected = replay(1, 1);
        // By hand: dz = ±0.5, so dw = [0.0625, −0.625] and db = 0.
        assertThat(expected[0]).isCloseTo(-0.0625, within(1e-15));
        assertThat(shown("w")).containsExactly(new double[] {expected[0], expected[1]}, within(1e-12));
        assertThat(shown("b")[0]).isCloseTo(expected[2], within(1e-12));
        assertThat(robot.lookup("#training-update").queryAs(Label.class).getText())
                .contains("w := [0, 0] − 1 · [0.0625, -0.625] = [-0.0625, 0.625]");
        // A single step is slow enough to watch: the graph animates this update.
        var watched = model.training().watchedUpdateProperty().get();
        assertThat(watched.step()).isEqualTo(1);
        assertThat(watched.gradients().get("w").toArray()).containsExactly(new double[] {0.0625, -0.625}, within(1e-12));

        robot.clickOn("#training-step");
        FxWait.until(() -> progress().steps() == 2);
        double[] two = replay(2, 1);
        assertThat(shown("w")).containsExactly(new double[] {two[0], two[1]}, within(1e-12));
        assertThat(shown("b")[0]).isCloseTo(two[2], within(1e-12));
    }

    @Test
    void runTrainsOffTheFxThreadUntilPausedAndKeepsTheProgram(FxRobot robot) {
        loadLogisticRegression(robot);
        String program = model.sourceProperty().get();
        robot.interact(() -> {
            model.training().stepsProperty().set("100000000");
            model.training().speedProperty().set(Speed.FASTEST);
        });
        robot.clickOn("#training-run");
        FxWait.until(() -> progress().steps() > 50);
        assertThat(robot.lookup("#training-run").queryAs(Button.class).getText()).isEqualTo("Pause");
        robot.clickOn("#training-run");
        FxWait.until(() -> !model.training().runningProperty().get());
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        int paused = progress().steps();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(progress().steps()).isEqualTo(paused);
        assertThat(robot.lookup("#training-run").queryAs(Button.class).getText()).isEqualTo("Run");
        double[] expected = replay(paused, 1);
        assertThat(shown("w")).containsExactly(new double[] {expected[0], expected[1]}, within(1e-9));
        assertThat(model.sourceProperty().get()).isEqualTo(program);
        assertThat(robot.lookup("#training-loss").tryQuery()).isPresent();
        assertThat(robot.lookup("#training-boundary").query().isVisible()).isTrue();
    }

    @Test
    void resetReturnsToTheProgramsParameters(FxRobot robot) {
        loadLogisticRegression(robot);
        robot.clickOn("#training-step");
        robot.clickOn("#training-step");
        FxWait.until(() -> progress().steps() == 2);
        assertThat(shown("w")[0]).isNotEqualTo(0.0);

        assertThat(model.training().watchedUpdateProperty().get().step()).isEqualTo(2);
        robot.clickOn("#training-reset");
        FxWait.until(() -> progress() != null && progress().steps() == 0);
        assertThat(model.training().watchedUpdateProperty().get()).isNull();
        assertThat(shown("w")).containsExactly(0.0, 0.0);
        assertThat(shown("b")).containsExactly(0.0);
        robot.clickOn("#training-step");
        FxWait.until(() -> progress().steps() == 1);
        double[] expected = replay(1, 1);
        assertThat(shown("w")).containsExactly(new double[] {expected[0], expected[1]}, within(1e-12));
    }

    @Test
    void aRateThatIsNoNumberSaysWhereAndHowToFixIt(FxRobot robot) {
        loadLogisticRegression(robot);
        TextField rate = robot.lookup("#training-rate").queryAs(TextField.class);
        robot.interact(() -> rate.setText("fast"));
        robot.clickOn("#training-step");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#training-message").queryAs(Label.class).getText())
                .isEqualTo("Learning rate α: \"fast\" is not a positive number. Type one such as 0.1 in the α field.");
        assertThat(rate.getStyleClass()).contains("invalid");
        assertThat(progress().steps()).isZero();

        robot.interact(() -> rate.setText("0.5"));
        robot.clickOn("#training-step");
        FxWait.until(() -> progress().steps() == 1);
        assertThat(rate.getStyleClass()).doesNotContain("invalid");
        double[] expected = replay(1, 0.5);
        assertThat(shown("w")).containsExactly(new double[] {expected[0], expected[1]}, within(1e-12));
    }

    @Test
    void aCsvFileIsReadNextToTheProgramsFile(FxRobot robot, @TempDir Path folder) throws IOException {
        StringBuilder csv = new StringBuilder("X1,X2,y\n");
        for (int i = 0; i < X.length; i++) csv.append(X[i][0]).append(',').append(X[i][1]).append(',').append((int) Y[i]).append('\n');
        Files.writeString(folder.resolve("points.csv"), csv);
        Path program = folder.resolve("points.cgraph");
        Files.writeString(program, "# train: --rate 1\ndata X, y = csv(\"points.csv\")\nlearn w = [0, 0]\nlearn b = 0\n"
                + "a = σ(X @ w + b)\nJ = mean(-(y * ln(a) + (1 - y) * ln(1 - a)))\n");
        robot.interact(() -> studio.actions.open(program));
        FxWait.until(() -> progress() != null);
        assertThat(progress().rows()).isEqualTo(8);

        robot.clickOn("#training-step");
        FxWait.until(() -> progress().steps() == 1);
        double[] expected = replay(1, 1);
        assertThat(shown("w")).containsExactly(new double[] {expected[0], expected[1]}, within(1e-12));
    }
}
