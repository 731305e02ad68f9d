package studio.backprop.training;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import studio.backprop.tensor.Tensor;

/**
 * A trainer with what a report and a loss curve need as it goes: the loss of every step, the loss
 * on all rows after every epoch (for stochastic and mini-batch descent, whose step losses jump
 * about), the parameters' paths, and which parameters have moved. Its memory does not grow with
 * the steps: the curves are thinned ({@link TrainingCurves}) and the diagnosis keeps only the last
 * few losses, so a run in the window can go on for as long as the class watches.
 */
public final class TrainingRun {

    /** Losses the diagnosis looks back over: enough to see the loss grow {@value TrainingDiagnosis#GROWING} times. */
    private static final int RECENT = TrainingDiagnosis.GROWING + 1;

    private final Trainer trainer;
    private final TrainingHistory history;
    private final Deque<Double> recentSteps = new ArrayDeque<>();
    private final Deque<Double> recentEpochs = new ArrayDeque<>();
    private final Set<String> moved = new HashSet<>();
    private final double rate;
    private int steps;
    private OptionalDouble lastEpochLoss = OptionalDouble.empty();

    public TrainingRun(Trainer trainer) {
        this.trainer = trainer;
        this.rate = trainer.settings().rate();
        this.history = new TrainingHistory(trainer.parameters(), trainer.values(), fullBatch());
    }

    public Trainer trainer() {
        return trainer;
    }

    public TrainingStep step() {
        TrainingStep step = trainer.step();
        steps++;
        history.record(step);
        keep(recentSteps, step.loss());
        step.gradients().forEach((name, gradient) -> {
            if (!isZero(gradient)) moved.add(name);
        });
        // For gradient descent J on all rows after a step is the next step's loss: the curve has it already.
        if (trainer.endedEpoch() && trainer.rows() > 0 && !fullBatch()) {
            double loss = trainer.onAllRows().evaluation().output();
            lastEpochLoss = OptionalDouble.of(loss);
            history.recordEpoch(step, loss);
            keep(recentEpochs, loss);
        }
        return step;
    }

    /** J on all rows after the last epoch of stochastic or mini-batch descent; empty before one ends, and for gradient descent. */
    public OptionalDouble lastEpochLoss() {
        return lastEpochLoss;
    }

    /** The loss per step and per epoch, and the parameters' paths, as they stand. */
    public TrainingCurves curves() {
        return history.curves();
    }

    /** Whether each step uses every row, so the step losses are the curve. */
    public boolean fullBatch() {
        return trainer.rows() == 0 || trainer.settings().batch() == 0 || trainer.settings().batch() >= trainer.rows();
    }

    /** What is going wrong so far, in words; empty when nothing is. */
    public List<String> problems() {
        List<String> stuck = new ArrayList<>();
        for (var parameter : trainer.parameters()) {
            if (!moved.contains(parameter.label())) stuck.add(parameter.label());
        }
        return TrainingDiagnosis.explain(trainer.program(), steps, stuck,
                List.copyOf(fullBatch() ? recentSteps : recentEpochs), rate, fullBatch());
    }

    private static void keep(Deque<Double> recent, double loss) {
        recent.addLast(loss);
        if (recent.size() > RECENT) recent.removeFirst();
    }

    private static boolean isZero(Tensor gradient) {
        for (int i = 0; i < gradient.size(); i++) {
            if (gradient.get(i) != 0) return false;
        }
        return true;
    }
}
