package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TrainCommandTest {

    private static final String LINE = "data x = [1, 2, 3, 4]\ndata y = [3, 5, 7, 9]\nlearn w = 0\nlearn b = 0\n"
            + "J = mean((w * x + b - y)^2)";

    @Test
    void jsonListsEachStepsRowsLossAndParametersAfterTheUpdate() {
        EvalCommandTest.Run run = EvalCommandTest.run("train", "-e", LINE, "--steps", "6", "--batch", "2", "--rate",
                "0.01", "--seed", "3", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertThat(root.get("rate").asDouble()).isEqualTo(0.01);
        assertThat(root.get("batch").asInt()).isEqualTo(2);
        assertThat(root.get("method").asString()).isEqualTo("mini-batch gradient descent (2 rows)");
        JsonNode steps = root.get("steps");
        assertThat(steps.size()).isEqualTo(6);
        double w = 0;
        double b = 0;
        Set<Integer> firstEpoch = new HashSet<>();
        double[] x = {1, 2, 3, 4};
        double[] y = {3, 5, 7, 9};
        for (int k = 0; k < 6; k++) {
            JsonNode step = steps.get(k);
            assertThat(step.get("step").asInt()).isEqualTo(k + 1);
            assertThat(step.get("epoch").asInt()).isEqualTo(k / 2 + 1);
            // By hand: J = mean((w·x + b − y)²) over the step's rows, dJ/dw = mean(2(w·x + b − y)·x).
            double loss = 0;
            double dw = 0;
            double db = 0;
            for (JsonNode row : step.get("rows")) {
                int i = row.asInt() - 1;
                if (k < 2) firstEpoch.add(i + 1);
                double error = w * x[i] + b - y[i];
                loss += error * error / 2;
                dw += 2 * error * x[i] / 2;
                db += 2 * error / 2;
            }
            assertThat(step.get("rows").size()).isEqualTo(2);
            assertThat(step.get("loss").asDouble()).isCloseTo(loss, within(1e-12));
            w -= 0.01 * dw;
            b -= 0.01 * db;
            assertThat(step.get("params").get("w").asDouble()).isCloseTo(w, within(1e-12));
            assertThat(step.get("params").get("b").asDouble()).isCloseTo(b, within(1e-12));
        }
        assertThat(firstEpoch).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(root.get("problems").size()).isZero();
    }

    @Test
    void theReadableReportWritesTheFirstStepOutAndALinePerStep() {
        EvalCommandTest.Run run = EvalCommandTest.run("train", "-e", "learn w = 0.5\nJ = (w - 2)^2", "--steps", "3");
        assertThat(run.out()).startsWith("Training J by gradient descent, α = 0.1, 3 steps.\n\n"
                + "Step 1 written out: J = 2.25\n  w := 0.5 − 0.1 · (-3) = 0.8\n\n"
                + "step 1  J = 2.25  w = 0.8\nstep 2  J = 1.44  w = 1.04\nstep 3  J = 0.9216  w = 1.232\n");
    }

    @Test
    void dataFromACsvFileNextToTheProgram(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("points.csv"), "x1,x2,y\n1,2,1\n2,1,1\n-1,-1,0\n");
        Path program = folder.resolve("fit.cgraph");
        Files.writeString(program, "data x, y = csv(\"points.csv\")\nlearn w = [0, 0]\nlearn b = 0\n"
                + "a = σ(x @ w + b)\nJ = mean(-(y * ln(a) + (1 - y) * ln(1 - a)))\n");
        EvalCommandTest.Run run = EvalCommandTest.run("train", program.toString(), "--steps", "1", "--rate", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // a = σ(0) = 1/2 on every row: dw = Xᵀ(a − y)/3 = ((1·−½) + (2·−½) + (−1·½))/3 = −2/3 for w1, and −2/3 for w2.
        assertThat(run.out()).contains("Training J by gradient descent on 3 rows")
                .contains("w := [0, 0] − 1 · [-0.666667, -0.666667] = [0.666667, 0.666667]");
    }

    @Test
    void aBadCsvFileIsNamedWithItsLineAndColumn(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("points.csv"), "x1,x2,y\n1,2,1\n2,oops,1\n");
        Path program = folder.resolve("fit.cgraph");
        Files.writeString(program, "data x, y = csv(\"points.csv\")\nlearn w = [0, 0]\nJ = sum(x @ w - y)\n");
        EvalCommandTest.Run run = EvalCommandTest.run("train", program.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("points.csv, line 3, column 2 (x2): 'oops' is not a number.");

        Files.writeString(program, "data X, z = csv(\"points.csv\")\nlearn w = [0, 0]\nJ = sum(X @ w - z)\n");
        assertThat(EvalCommandTest.run("train", program.toString()).err())
                .contains("points.csv has no column X: its columns are x1, x2, y.");
        Files.writeString(program, "data x, y = csv(\"missing.csv\")\nlearn w = [0, 0]\nJ = sum(x @ w - y)\n");
        assertThat(EvalCommandTest.run("train", program.toString()).err()).contains("There is no file missing.csv in ");
    }

    @Test
    void optionsThatMakeNoSenseAreRefusedInWords() {
        assertThat(EvalCommandTest.run("train", "-e", LINE, "--rate", "-1").err())
                .contains("--rate -1: α must be a positive number, such as 0.1");
        assertThat(EvalCommandTest.run("train", "-e", LINE, "--steps", "0").err())
                .contains("--steps 0: expect a whole number of at least 1");
        assertThat(EvalCommandTest.run("train", "-e", "a = 2\nJ = a^2").err())
                .contains("There is nothing to learn: mark the parameters with learn");
    }
}
