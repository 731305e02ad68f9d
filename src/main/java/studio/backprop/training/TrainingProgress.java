package studio.backprop.training;

import java.util.List;
import java.util.Map;

import studio.backprop.autodiff.InputValues;
import studio.backprop.graph.Node;
import studio.backprop.tensor.Tensor;

/**
 * Where training stands, as one immutable value: what the window shows of it, and what an export
 * draws. Made on the thread that trains and handed to the one that shows it.
 *
 * @param steps          steps taken; 0 before the first
 * @param last           the last step, or null before the first
 * @param values         the parameters now, by name, in the program's order
 * @param curves         the loss per step and per epoch, and the parameters' paths
 * @param problems       what goes wrong, in words; empty when nothing does
 * @param classification the program's two-feature classification, or null if it is none
 * @param scores         z over the plane of the two features at {@code values}, for the decision
 *                       boundary; null without a classification that can be run on a grid
 * @param rows           the examples in the data; 0 without data
 * @param settings       α, the batch size and the seed
 */
public record TrainingProgress(int steps, TrainingStep last, Map<String, Tensor> values, TrainingCurves curves,
                               List<String> problems, ClassificationData classification, ScoreGrid scores, int rows,
                               TrainingSettings settings) {

    public TrainingProgress {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        problems = List.copyOf(problems);
    }

    /**
     * {@code values} with the parameters where training left them, matched by name: the graph
     * shown may be a new build of the same program (after a change of theme), not the one trained.
     */
    public InputValues trained(InputValues start) {
        InputValues now = start;
        for (Node input : start.graph().inputs()) {
            Tensor value = this.values.get(input.label());
            if (value != null) now = now.with(input, value);
        }
        return now;
    }

    /** The epoch the last step belonged to; 0 before the first. */
    public int epoch() {
        return last == null ? 0 : last.epoch();
    }

    /** "gradient descent", "stochastic gradient descent" or "mini-batch gradient descent (4 rows)". */
    public String method() {
        return settings.method(rows);
    }
}
