package studio.backprop.autodiff;

import studio.backprop.graph.ComputationGraph;

/** Both passes over one set of input values: what every view of a program starts from. */
public record Analysis(Evaluation evaluation, Gradients gradients) {

    public static Analysis of(InputValues values) {
        Evaluation evaluation = ForwardPass.run(values);
        return new Analysis(evaluation, BackwardPass.run(evaluation));
    }

    public ComputationGraph graph() {
        return evaluation.graph();
    }
}
