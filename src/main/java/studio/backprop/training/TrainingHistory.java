package studio.backprop.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import studio.backprop.graph.Node;
import studio.backprop.graph.ScalarExpansion;
import studio.backprop.tensor.Tensor;

/**
 * The curves of a training run as it goes: the loss per step and per epoch, and every parameter
 * element's path, each in bounded memory ({@link SeriesRecorder}), so a long run in the window
 * costs no more than a short one.
 */
final class TrainingHistory {

    /** Points per curve at most: far more than a plot a few hundred pixels wide can show apart. */
    static final int POINTS = 2048;

    private final SeriesRecorder stepLosses = new SeriesRecorder(POINTS);
    private final SeriesRecorder epochLosses = new SeriesRecorder(POINTS);
    /** One recorder per parameter element, by its name: "b", "w[1]", "W1[2,1]". */
    private final Map<String, SeriesRecorder> paths = new LinkedHashMap<>();
    private final Map<String, String[]> elementNames = new LinkedHashMap<>();
    private final boolean fullBatch;

    /** Starts every path at the parameters' values before the first step, at x = 0. */
    TrainingHistory(List<Node> parameters, Map<String, Tensor> start, boolean fullBatch) {
        this.fullBatch = fullBatch;
        for (Node parameter : parameters) {
            Tensor value = start.get(parameter.label());
            String[] names = new String[value.size()];
            for (int e = 0; e < names.length; e++) {
                // As the Variables panel and the nudge name them: w[1], W1[2,1], counted from 1.
                names[e] = ScalarExpansion.elementName(parameter, e);
                SeriesRecorder path = new SeriesRecorder(POINTS);
                path.add(0, value.get(e));
                paths.put(names[e], path);
            }
            elementNames.put(parameter.label(), names);
        }
    }

    /** After each step: its loss and where the parameters went. */
    void record(TrainingStep step) {
        stepLosses.add(step.step(), step.loss());
        step.after().forEach((name, value) -> {
            String[] names = elementNames.get(name);
            for (int e = 0; e < names.length; e++) paths.get(names[e]).add(step.step(), value.get(e));
        });
    }

    /** After a step that ended an epoch: J on all rows at the parameters it left. */
    void recordEpoch(TrainingStep step, double lossOnAllRows) {
        epochLosses.add(step.step(), lossOnAllRows);
    }

    TrainingCurves curves() {
        List<Series> parameters = new ArrayList<>();
        paths.forEach((name, path) -> parameters.add(path.snapshot(name)));
        return new TrainingCurves(stepLosses.snapshot("J"), epochLosses.snapshot("J on all rows"), parameters, fullBatch);
    }
}
