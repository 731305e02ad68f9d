package studio.backprop.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import studio.backprop.autodiff.BackwardPass;
import studio.backprop.autodiff.Evaluation;
import studio.backprop.autodiff.ForwardPass;
import studio.backprop.autodiff.Gradients;
import studio.backprop.autodiff.InputValues;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.graph.Node;
import studio.backprop.graph.ScalarExpansion;
import studio.backprop.tensor.Tensor;

/**
 * A matrix-form MLP, 64-32-10 on a batch of 16, forward + backward per multiply-add: once as the
 * program is written (six tensor nodes, EJML's products) and once exploded into its scalar graph
 * (one node per multiply and per add, the scalar passes). Before timing, both are checked to give
 * the same loss and the same gradient for every weight.
 */
final class TensorBench {

    private static final int BATCH = 16;
    private static final int INPUTS = 64;
    private static final int HIDDEN = 32;
    private static final int OUTPUTS = 10;

    private TensorBench() {
    }

    static void run(PrintWriter out, boolean quick) {
        String source = SyntheticPrograms.matrixNetwork(BATCH, INPUTS, HIDDEN, OUTPUTS);
        ComputationGraph tensors = GraphBuilder.compile(source, BuildOptions.MERGED);
        ComputationGraph scalars = ScalarExpansion.of(tensors).graph(0, false);
        InputValues tensorValues = InputValues.declared(tensors);
        InputValues scalarValues = InputValues.declared(scalars).with(elementValues(tensors, tensorValues));
        check(tensors, tensorValues, scalars, scalarValues);

        double multiplyAdds = SyntheticPrograms.multiplyAdds(BATCH, INPUTS, HIDDEN, OUTPUTS);
        double warmup = quick ? 0.5 : 3;
        int runs = quick ? 3 : 15;
        BenchCommand.Timing tensor = BenchCommand.time(() -> passes(tensorValues, 20), warmup, runs, multiplyAdds * 20);
        BenchCommand.Timing scalar = BenchCommand.time(() -> passes(scalarValues, 2), warmup, runs, multiplyAdds * 2);
        out.printf(Locale.ROOT, "%nMLP %d-%d-%d on a batch of %d, forward + backward, ns per multiply-add (%,.0f of them):%n",
                INPUTS, HIDDEN, OUTPUTS, BATCH, multiplyAdds);
        out.printf(Locale.ROOT, "  tensor graph (%d nodes)          %.2f (best %.2f)%n", tensors.size(), tensor.median(), tensor.best());
        out.printf(Locale.ROOT, "  its scalar graph (%,d nodes) %.2f (best %.2f)%n", scalars.size(), scalar.median(), scalar.best());
        out.printf(Locale.ROOT, "  scalar / tensor                  %.1f×%n%n", scalar.median() / tensor.median());
        out.flush();
    }

    private static Object passes(InputValues values, int times) {
        Gradients last = null;
        for (int i = 0; i < times; i++) last = BackwardPass.run(ForwardPass.run(values));
        return last;
    }

    private static Map<String, Double> elementValues(ComputationGraph graph, InputValues values) {
        Map<String, Double> byName = new LinkedHashMap<>();
        for (Node input : graph.inputs()) {
            Tensor value = values.tensor(input);
            for (int e = 0; e < value.size(); e++) byName.put(ScalarExpansion.elementName(input, e), value.get(e));
        }
        return byName;
    }

    /** The two views must agree before either is timed: a fast wrong answer is no benchmark. */
    private static void check(ComputationGraph tensors, InputValues tensorValues, ComputationGraph scalars,
                              InputValues scalarValues) {
        Evaluation tensorEvaluation = ForwardPass.run(tensorValues);
        Gradients tensorGradients = BackwardPass.run(tensorEvaluation);
        Evaluation scalarEvaluation = ForwardPass.run(scalarValues);
        Gradients scalarGradients = BackwardPass.run(scalarEvaluation);
        agree("J", tensorEvaluation.output(), scalarEvaluation.output());
        for (Node input : tensors.inputs()) {
            for (int e = 0; e < input.shape().size(); e++) {
                String name = ScalarExpansion.elementName(input, e);
                agree("d" + name, tensorGradients.element(input, e),
                        scalarGradients.gradient(scalars.input(name).orElseThrow()));
            }
        }
    }

    private static void agree(String what, double tensor, double scalar) {
        if (Math.abs(tensor - scalar) > 1e-9 * Math.max(1, Math.abs(tensor))) {
            throw new IllegalStateException(what + " is " + tensor + " in the tensor graph but " + scalar + " in its scalar graph");
        }
    }
}
