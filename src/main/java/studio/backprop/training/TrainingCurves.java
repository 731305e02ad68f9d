package studio.backprop.training;

import java.util.List;

/**
 * What the loss curve and the parameters' paths draw, as training stood at one moment. x is the
 * step: 0 is the start, before any update.
 *
 * @param stepLosses  J on each step's rows, before its update, at x = the step
 * @param epochLosses J on all rows after each epoch, at x = the step that ended it; empty for
 *                    gradient descent, where every step is an epoch on all rows and the step
 *                    losses are the curve already
 * @param parameters  each parameter element's value, from x = 0 (where it started), in the
 *                    program's order: b, w[1], w[2], W1[1,2]
 * @param fullBatch   whether every step uses every row
 */
public record TrainingCurves(Series stepLosses, Series epochLosses, List<Series> parameters, boolean fullBatch) {

    public TrainingCurves {
        parameters = List.copyOf(parameters);
    }

    /** Steps taken, as the curves stand. */
    public int steps() {
        return stepLosses.isEmpty() ? 0 : (int) stepLosses.x(stepLosses.size() - 1);
    }
}
