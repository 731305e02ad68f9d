package studio.backprop.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import studio.backprop.tensor.Tensor;

/**
 * A trainer with what a report and a loss curve need as it goes: the loss of every step, the loss
 * on all rows after every epoch (for stochastic and mini-batch descent, whose step losses jump
 * about), and which parameters have moved; never the whole history, so a million steps fit.
 */
public final class TrainingRun {

    private final Trainer trainer;
    private final List<Double> stepLosses = new ArrayList<>();
    private final List<Double> epochLosses = new ArrayList<>();
    private final Set<String> moved = new HashSet<>();
    private double rate;

    public TrainingRun(Trainer trainer) {
        this.trainer = trainer;
        this.rate = trainer.settings().rate();
    }

    public Trainer trainer() {
        return trainer;
    }

    public TrainingStep step() {
        TrainingStep step = trainer.step();
        stepLosses.add(step.loss());
        step.gradients().forEach((name, gradient) -> {
            if (!isZero(gradient)) moved.add(name);
        });
        if (trainer.endedEpoch() && trainer.rows() > 0) epochLosses.add(trainer.onAllRows().evaluation().output());
        return step;
    }

    /** J on the rows of each step, before its update. */
    public List<Double> stepLosses() {
        return List.copyOf(stepLosses);
    }

    /** J on all rows after each epoch. */
    public List<Double> epochLosses() {
        return List.copyOf(epochLosses);
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
        return TrainingDiagnosis.explain(trainer.program(), stepLosses.size(), stuck,
                fullBatch() ? stepLosses : epochLosses, rate, fullBatch());
    }

    private static boolean isZero(Tensor gradient) {
        for (int i = 0; i < gradient.size(); i++) {
            if (gradient.get(i) != 0) return false;
        }
        return true;
    }
}
