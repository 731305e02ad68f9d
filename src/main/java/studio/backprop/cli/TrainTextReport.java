package studio.backprop.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import studio.backprop.expr.Numbers;
import studio.backprop.tensor.Tensor;
import studio.backprop.tensor.TensorText;
import studio.backprop.training.Trainer;
import studio.backprop.training.TrainingRun;
import studio.backprop.training.TrainingStep;

/**
 * The readable report of {@code train}: the first step written out as the course writes it, then
 * one line per step with the loss and the parameters, or, when there are many steps, one per
 * epoch (stochastic and mini-batch) or every so many steps (gradient descent); last, what went
 * wrong, if anything did. Printed as it goes.
 */
final class TrainTextReport {

    /** Up to this many steps, every step gets its line. */
    static final int EVERY_STEP = 100;
    /** Past that, about this many lines for gradient descent. */
    static final int LINES = 50;

    private TrainTextReport() {
    }

    static void write(TrainingRun run, int steps, PrintWriter out) {
        Trainer trainer = run.trainer();
        int rows = trainer.rows();
        String output = trainer.program().output().label();
        out.append("Training ").append(output).append(" by ").append(trainer.settings().method(rows))
                .append(rows > 0 ? " on " + rows + " rows" : "").append(", α = ")
                .append(Numbers.format(trainer.settings().rate())).append(", ").append(String.valueOf(steps))
                .append(steps == 1 ? " step" : " steps").append(rows > 0 && !run.fullBatch() ? ", seed "
                        + trainer.settings().seed() : "").append(".\n\n");
        boolean perEpoch = steps > EVERY_STEP && !run.fullBatch();
        int every = steps > EVERY_STEP ? (steps + LINES - 1) / LINES : 1;
        double first = Double.NaN;
        int epochStart = 1;
        for (int k = 1; k <= steps; k++) {
            TrainingStep step = run.step();
            if (k == 1) {
                first = step.loss();
                out.append("Step 1 written out").append(rows > 0 ? " (" + step.rowsInWords(rows) + ")" : "").append(": ").append(output)
                        .append(" = ").append(Numbers.format(step.loss())).append('\n');
                step.updates().forEach(line -> out.append("  ").append(line).append('\n'));
                out.append('\n');
            }
            if (perEpoch) {
                if (trainer.endedEpoch()) {
                    List<Double> epochs = run.epochLosses();
                    out.append("epoch ").append(String.valueOf(step.epoch())).append(" (steps ")
                            .append(String.valueOf(epochStart)).append("–").append(String.valueOf(k)).append(")  ")
                            .append(output).append(" on all rows = ").append(Numbers.format(epochs.get(epochs.size() - 1)))
                            .append(parameters(step.after())).append('\n');
                    epochStart = k + 1;
                }
            } else if (k <= 5 || k % every == 0 || k == steps) {
                out.append("step ").append(String.valueOf(k)).append(rows > 0 ? "  " + step.rowsInWords(rows) : "").append("  ")
                        .append(output).append(" = ").append(Numbers.format(step.loss()))
                        .append(parameters(step.after())).append('\n');
            }
        }
        if (rows > 0) {
            out.append("\nAfter ").append(String.valueOf(steps)).append(steps == 1 ? " step" : " steps").append(": ")
                    .append(output).append(" on all ").append(String.valueOf(rows)).append(" rows = ")
                    .append(Numbers.format(trainer.onAllRows().evaluation().output())).append(".\n");
        } else {
            out.append("\nAfter ").append(String.valueOf(steps)).append(steps == 1 ? " step" : " steps").append(": ")
                    .append(output).append(" = ").append(Numbers.format(trainer.onAllRows().evaluation().output()))
                    .append(" (it was ").append(Numbers.format(first)).append(").\n");
        }
        for (String problem : run.problems()) out.append("warning: ").append(problem).append('\n');
    }

    /** "  w = [0.55, -0.35]  b = 0.075": the parameters after the step. */
    private static String parameters(Map<String, Tensor> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append("  ").append(name).append(" = ")
                .append(value.shape().isScalar() ? Numbers.format(value.scalar()) : TensorText.precise(value)));
        return text.toString();
    }
}
