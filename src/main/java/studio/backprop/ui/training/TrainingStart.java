package studio.backprop.ui.training;

import studio.backprop.autodiff.InputValues;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;

/**
 * What training starts from, made on the FX thread and handed to the training thread: the program
 * as written, how it was built (its CSV folder), and the values in the Variables panel, which the
 * parameters begin at and Reset goes back to.
 */
public record TrainingStart(String source, BuildOptions options, ComputationGraph program, InputValues values) {
}
