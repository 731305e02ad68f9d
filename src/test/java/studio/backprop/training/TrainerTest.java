package studio.backprop.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;

/**
 * Training against an independent replay: logistic regression's gradient written out by hand, as
 * the course's "Log Reg on m examples" does it (dz = a − y, dw = Xᵀ·dz / m, db = mean(dz)), with
 * none of the app's passes.
 */
class TrainerTest {

    private static final double[][] X = {{1, 2}, {2, 1}, {-1, -1}, {-2, 1}, {0.5, -1.5}, {3, 0.2}, {-0.7, 2.2}};
    private static final double[] Y = {1, 1, 0, 0, 1, 1, 0};

    private static String program() {
        StringBuilder x = new StringBuilder("data X = [");
        StringBuilder y = new StringBuilder("data y = [");
        for (int i = 0; i < X.length; i++) {
            x.append(i > 0 ? ", " : "").append("[").append(X[i][0]).append(", ").append(X[i][1]).append("]");
            y.append(i > 0 ? ", " : "").append(Y[i]);
        }
        return x + "]\n" + y + "]\nlearn w = [0.5, -0.25]\nlearn b = 0.1\n"
                + "a = σ(X @ w + b)\nJ = mean(-(y * ln(a) + (1 - y) * ln(1 - a)))\n";
    }

    private static Trainer trainer(String source, TrainingSettings settings) {
        ComputationGraph graph = GraphBuilder.compile(source, BuildOptions.MERGED);
        return Trainer.of(source, BuildOptions.MERGED, graph, settings);
    }

    /** The replay's state: w1, w2, b. */
    private record Replay(double w1, double w2, double b) {

        double loss(int[] rows) {
            double sum = 0;
            for (int i : rows) {
                double a = 1 / (1 + Math.exp(-(X[i][0] * w1 + X[i][1] * w2 + b)));
                sum += -(Y[i] * Math.log(a) + (1 - Y[i]) * Math.log(1 - a));
            }
            return sum / rows.length;
        }

        Replay step(int[] rows, double rate) {
            double dw1 = 0;
            double dw2 = 0;
            double db = 0;
            for (int i : rows) {
                double a = 1 / (1 + Math.exp(-(X[i][0] * w1 + X[i][1] * w2 + b)));
                double dz = a - Y[i];
                dw1 += X[i][0] * dz;
                dw2 += X[i][1] * dz;
                db += dz;
            }
            int m = rows.length;
            return new Replay(w1 - rate * dw1 / m, w2 - rate * dw2 / m, b - rate * db / m);
        }
    }

    private static int[] fromZero(int[] rows) {
        int[] zero = new int[rows.length];
        for (int i = 0; i < rows.length; i++) zero[i] = rows[i] - 1;
        return zero;
    }

    @Test
    void fullBatchGradientDescentMatchesTheReplayStepByStep() {
        Trainer trainer = trainer(program(), new TrainingSettings(0.5, 0, 1));
        Replay replay = new Replay(0.5, -0.25, 0.1);
        int[] all = {0, 1, 2, 3, 4, 5, 6};
        for (int k = 1; k <= 200; k++) {
            TrainingStep step = trainer.step();
            assertThat(step.rows()).containsExactly(1, 2, 3, 4, 5, 6, 7);
            assertThat(step.loss()).isCloseTo(replay.loss(all), within(1e-12));
            replay = replay.step(all, 0.5);
            assertThat(step.after().get("w").get(0)).isCloseTo(replay.w1(), within(1e-12));
            assertThat(step.after().get("w").get(1)).isCloseTo(replay.w2(), within(1e-12));
            assertThat(step.after().get("b").scalar()).isCloseTo(replay.b(), within(1e-12));
            assertThat(step.epoch()).isEqualTo(k);
        }
        // It has learned: the loss is far below log 2, where it started near.
        assertThat(replay.loss(all)).isLessThan(0.2);
    }

    @Test
    void eachMiniBatchStepIsAGradientStepOnTheRowsItReports() {
        Trainer trainer = trainer(program(), new TrainingSettings(0.3, 3, 42));
        for (int k = 0; k < 30; k++) {
            TrainingStep step = trainer.step();
            Replay before = new Replay(step.before().get("w").get(0), step.before().get("w").get(1),
                    step.before().get("b").scalar());
            int[] rows = fromZero(step.rows());
            assertThat(step.loss()).isCloseTo(before.loss(rows), within(1e-12));
            Replay after = before.step(rows, 0.3);
            assertThat(step.after().get("w").get(0)).isCloseTo(after.w1(), within(1e-12));
            assertThat(step.after().get("w").get(1)).isCloseTo(after.w2(), within(1e-12));
            assertThat(step.after().get("b").scalar()).isCloseTo(after.b(), within(1e-12));
        }
    }

    @Test
    void everyEpochVisitsEveryRowOnceInAShuffledOrder() {
        Trainer trainer = trainer(program(), new TrainingSettings(0.1, 3, 7));
        List<List<Integer>> epochs = new ArrayList<>();
        for (int k = 0; k < 5 * 3; k++) {
            TrainingStep step = trainer.step();
            if (epochs.size() < step.epoch()) epochs.add(new ArrayList<>());
            for (int row : step.rows()) epochs.get(step.epoch() - 1).add(row);
            // 7 rows in batches of 3: 3, 3, then the 1 left over ends the epoch.
            assertThat(step.rows()).hasSize(k % 3 == 2 ? 1 : 3);
            assertThat(trainer.endedEpoch()).isEqualTo(k % 3 == 2);
        }
        assertThat(epochs).hasSize(5).allSatisfy(epoch -> assertThat(epoch).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7));
        Set<List<Integer>> orders = new HashSet<>(epochs);
        assertThat(orders).as("a fresh shuffle each epoch").hasSizeGreaterThan(1);
    }

    @Test
    void theSameSeedGivesTheSameSteps() {
        Trainer one = trainer(program(), new TrainingSettings(0.1, 1, 5));
        Trainer two = trainer(program(), new TrainingSettings(0.1, 1, 5));
        Trainer other = trainer(program(), new TrainingSettings(0.1, 1, 6));
        List<Integer> first = new ArrayList<>();
        List<Integer> third = new ArrayList<>();
        for (int k = 0; k < 14; k++) {
            TrainingStep a = one.step();
            assertThat(two.step().rows()).containsExactly(a.rows());
            first.add(a.rows()[0]);
            third.add(other.step().rows()[0]);
        }
        assertThat(third).isNotEqualTo(first);
    }

    @Test
    void theUpdateIsWrittenOutAsTheCourseWritesIt() {
        TrainingStep step = trainer("learn w = 0.5\nJ = (w - 2)^2", new TrainingSettings(0.1, 0, 1)).step();
        // dJ/dw = 2(w − 2) = −3, so w := 0.5 − 0.1 · (−3) = 0.8.
        assertThat(step.updates()).containsExactly("w := 0.5 − 0.1 · (-3) = 0.8");
        assertThat(step.rows()).isEmpty();
        assertThat(step.loss()).isEqualTo(2.25);
    }

    @Test
    void aProgramOfScalarsTakesStepAfterStepAsTheHandCalculationDoes() {
        Trainer trainer = trainer("x = 2\ny = 3\nlearn w = 0\nlearn b = 0\nJ = (w*x + b - y)^2", new TrainingSettings(0.05, 0, 1));
        // Step 1: p = 0, J = 9, dJ/dp = 2(p − y) = −6, dw = −6 · x = −12, db = −6: w = 0.6, b = 0.3.
        TrainingStep first = trainer.step();
        assertThat(first.loss()).isEqualTo(9);
        assertThat(first.gradients().get("w").scalar()).isEqualTo(-12);
        assertThat(first.gradients().get("b").scalar()).isEqualTo(-6);
        // Step 2: p = 1.5, J = 2.25, dJ/dp = −3, dw = −6, db = −3: w = 0.9, b = 0.45.
        TrainingStep second = trainer.step();
        assertThat(second.loss()).isCloseTo(2.25, within(1e-12));
        assertThat(second.gradients().get("w").scalar()).isCloseTo(-6, within(1e-12));
        assertThat(second.gradients().get("b").scalar()).isCloseTo(-3, within(1e-12));
        assertThat(second.after().get("w").scalar()).isCloseTo(0.9, within(1e-12));
        assertThat(second.after().get("b").scalar()).isCloseTo(0.45, within(1e-12));
    }

    @Test
    void aProgramWithNothingToLearnSaysHowToMarkParameters() {
        assertThatThrownBy(() -> trainer("a = 2\nJ = a^2", TrainingSettings.DEFAULT))
                .isInstanceOf(TrainingException.class).hasMessageContaining("learn w = [0, 0]");
    }

    @Test
    void aStepActivationStopsItsWeightsAndTheDiagnosisSaysWhy() {
        String source = "data x = [1, 2, 3, 4]\ndata y = [0, 0, 1, 1]\nlearn w = 0.5\nlearn b = -1\n"
                + "p = step(w * x + b)\nJ = mean((p - y)^2)";
        TrainingRun run = new TrainingRun(trainer(source, new TrainingSettings(0.5, 0, 1)));
        TrainingStep last = null;
        for (int k = 0; k < 5; k++) last = run.step();
        assertThat(last.after().get("w").scalar()).isEqualTo(0.5);
        List<String> problems = run.problems();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("w has not moved in 5 steps: dw was 0 at every one, because p = step(w * x + b) lies between w and J")
                .contains("step's slope is 0 everywhere but at its jump");
        assertThat(problems.get(1)).startsWith("b has not moved in 5 steps");
    }

    @Test
    void aLossThatGrowsBlamesTheLearningRate() {
        // J = w² with α = 1.5: w := w − 1.5 · 2w = −2w, so J quadruples every step.
        TrainingRun run = new TrainingRun(trainer("learn w = 1\nJ = w^2", new TrainingSettings(1.5, 0, 1)));
        for (int k = 0; k < 4; k++) run.step();
        Series losses = run.curves().stepLosses();
        assertThat(List.of(losses.y(0), losses.y(1), losses.y(2), losses.y(3))).containsExactly(1.0, 4.0, 16.0, 64.0);
        assertThat(losses.size()).isEqualTo(4);
        assertThat(run.problems()).containsExactly(
                "The loss grew at each of the last 3 steps (1 → 4 → 16 → 64): α = 1.5 is too large, so each step "
                        + "jumps past the bottom of the loss. Try α = 0.15.");
    }
}
