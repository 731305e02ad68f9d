package studio.backprop.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.io.ExampleCatalog;
import studio.backprop.training.Trainer;
import studio.backprop.training.TrainingRun;
import studio.backprop.training.TrainingSettings;

/**
 * Training steps per second, as the window's Run and the train command take them (a
 * {@link TrainingRun}: forward and backward on the batch, the update, the curves and the
 * diagnosis): logistic regression on 1,000 generated rows by gradient descent, mini-batch and SGD,
 * and the bundled XOR 2-2-1 network. Each is warmed up, then timed in runs of a fixed number of
 * steps; the table gives the median and the best run.
 */
final class TrainingBench {

    private static final int ROWS = 1000;

    private TrainingBench() {
    }

    static void run(PrintWriter out, boolean quick) {
        String logistic = SyntheticPrograms.logisticRegression(ROWS, new Random(7));
        String xor = ExampleCatalog.named("xor-network-sigmoid").source();
        out.printf("%-44s %8s %22s %12s%n", "training (TrainingRun.step)", "rows", "steps/s median (best)", "J after");
        row(out, "logistic regression, gradient descent", logistic, new TrainingSettings(0.5, 0, 1), quick);
        row(out, "logistic regression, mini-batch of 32", logistic, new TrainingSettings(0.5, 32, 1), quick);
        row(out, "logistic regression, SGD (1 row)", logistic, new TrainingSettings(0.5, 1, 1), quick);
        row(out, "XOR 2-2-1 network (σ), gradient descent", xor, new TrainingSettings(2, 0, 1), quick);
        row(out, "scalar network 24-48-48-1, gradient descent", SyntheticPrograms.learnableNetwork(24, 48, 48, 1),
                new TrainingSettings(0.01, 0, 1), quick);
        out.println("J after: J on the rows of the last step; logistic regression starts at ln 2 = 0.693.");
        out.flush();
    }

    private static void row(PrintWriter out, String name, String source, TrainingSettings settings, boolean quick) {
        ComputationGraph graph = GraphBuilder.compile(source, BuildOptions.MERGED);
        double[] perSecond = new double[quick ? 3 : 7];
        double loss = Double.NaN;
        // Warm-up on a run of its own, so the JIT has compiled the step before any is timed.
        TrainingRun warm = new TrainingRun(Trainer.of(source, BuildOptions.MERGED, graph, settings));
        long warmEnd = System.nanoTime() + (long) ((quick ? 0.5 : 3) * 1e9);
        int steps = 0;
        while (System.nanoTime() < warmEnd) {
            warm.step();
            steps++;
        }
        // Each timed run is about half a second long at the warm-up's pace.
        int perRun = Math.max(10, (int) (steps / (quick ? 0.5 : 3) / 2));
        for (int r = 0; r < perSecond.length; r++) {
            TrainingRun run = new TrainingRun(Trainer.of(source, BuildOptions.MERGED, graph, settings));
            System.gc();
            long start = System.nanoTime();
            for (int k = 0; k < perRun; k++) loss = run.step().loss();
            perSecond[r] = perRun / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(perSecond);
        out.printf(Locale.ROOT, "%-44s %8d %13.0f (%6.0f) %12.4g%n", name, new TrainingRun(
                Trainer.of(source, BuildOptions.MERGED, graph, settings)).trainer().rows(),
                perSecond[perSecond.length / 2], perSecond[perSecond.length - 1], loss);
        out.flush();
    }
}
