package studio.backprop.training;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import studio.backprop.autodiff.InputValues;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.tensor.Tensor;

/**
 * One training run as the window and the export drive it: steps taken in slices (a few, an
 * epoch's, or as many as fit in a time budget), each slice ending in a {@link TrainingProgress}
 * to show. Not thread-safe: one thread at a time trains it, and hands the progress on.
 */
public final class TrainingSession {

    private final TrainingRun run;
    private final ClassificationData classification;
    private final DecisionSurface surface;
    /** The last step taken, for a progress asked for between slices. */
    private TrainingStep last;

    private TrainingSession(TrainingRun run, ClassificationData classification, DecisionSurface surface) {
        this.run = run;
        this.classification = classification;
        this.surface = surface;
    }

    /**
     * Training of {@code program} (built from {@code source} with {@code options}) from
     * {@code start}, the values the student set.
     *
     * @throws TrainingException if the program has nothing to learn
     */
    public static TrainingSession start(String source, BuildOptions options, ComputationGraph program,
                                        TrainingSettings settings, InputValues start) {
        Trainer trainer = Trainer.of(source, options, program, settings, start);
        Optional<ClassificationData> classification = ClassificationData.of(program, start);
        DecisionSurface surface = classification.flatMap(data -> DecisionSurface.of(source, options, program, data, start))
                .orElse(null);
        return new TrainingSession(new TrainingRun(trainer), classification.orElse(null), surface);
    }

    public TrainingRun run() {
        return run;
    }

    /** Where training stands, before any step or after the last. */
    public TrainingProgress progress() {
        return progress(null);
    }

    /**
     * Takes steps until {@code most} are taken, {@code nanos} have passed, or, if
     * {@code toEpochEnd}, an epoch ends, whichever comes first; at least one step.
     *
     * @throws TrainingException if a batch of this size does not fit the program's shapes
     */
    public TrainingProgress advance(int most, long nanos, boolean toEpochEnd) {
        long start = System.nanoTime();
        TrainingStep newest = null;
        for (int k = 0; k < most; k++) {
            newest = run.step();
            // A difference of two readings, never a sum, so that Long.MAX_VALUE means no limit.
            if (toEpochEnd && run.trainer().endedEpoch() || System.nanoTime() - start >= nanos) break;
        }
        return progress(newest);
    }

    private TrainingProgress progress(TrainingStep newest) {
        if (newest != null) last = newest;
        Trainer trainer = run.trainer();
        Map<String, Tensor> unordered = trainer.values();
        Map<String, Tensor> values = new LinkedHashMap<>();
        for (Node parameter : trainer.parameters()) values.put(parameter.label(), unordered.get(parameter.label()));
        return new TrainingProgress(trainer.steps(), last, values, run.curves(), run.problems(), classification,
                surface == null ? null : surface.scores(values), trainer.rows(), trainer.settings());
    }
}
