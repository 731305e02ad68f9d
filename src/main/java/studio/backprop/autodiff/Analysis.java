package studio.backprop.autodiff;

import studio.backprop.graph.ComputationGraph;

/** Both passes over one set of input values: what every view of a program starts from. */
public record Analysis(Evaluation evaluation, Gradients gradients) {

    public static Analysis of(InputValues values) {
        return of(values, 0);
    }

    /** Both passes, the backward one from element {@code seed} of a vector output (0 for a scalar J). */
    public static Analysis of(InputValues values, int seed) {
        Evaluation evaluation = ForwardPass.run(values);
        return new Analysis(evaluation, BackwardPass.run(evaluation, seed));
    }

    public ComputationGraph graph() {
        return evaluation.graph();
    }
}
