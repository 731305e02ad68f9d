package studio.backprop.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import studio.backprop.autodiff.BackwardPass;
import studio.backprop.autodiff.Evaluation;
import studio.backprop.autodiff.ForwardPass;
import studio.backprop.autodiff.InputValues;
import studio.backprop.autodiff.ScalarPasses;
import studio.backprop.expr.Parser;
import studio.backprop.expr.Program;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;

/**
 * Times parse, build, forward and backward on generated programs and prints nanoseconds per node.
 * Each phase is warmed up for a few seconds (so the JIT has compiled it), then timed several
 * times after a garbage collection; the table gives the median and the best.
 */
@Command(name = "bench", description = "Time the core on generated programs (ns per node). Figures: docs/benchmarks.md.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--quick", description = "Fewer and smaller runs, for a smoke test.")
    private boolean quick;

    @Option(names = "--tensor-only", description = "Only the matrix-form MLP against its scalar graph.")
    private boolean tensorOnly;

    @Option(names = "--training-only", description = "Only training steps per second (logistic regression on 1,000 rows, XOR).")
    private boolean trainingOnly;

    /** {@code ./mvnw -q test-compile exec:exec@bench}, or with {@code -Dtool.args=--quick}. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Backprop Studio core benchmark: %s, %d cores, max heap %d MiB%n",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        if (tensorOnly) {
            TensorBench.run(out, quick);
            return 0;
        }
        if (trainingOnly) {
            TrainingBench.run(out, quick);
            return 0;
        }
        // First, while the JIT has seen only this graph, as the C binary has.
        yardstick(out, SyntheticPrograms.network(24, 48, 48, 1), quick ? 0.5 : 3, quick ? 5 : 15);
        out.printf("%-28s %9s  %-14s %-14s %-16s %-14s %-14s %-14s%n", "workload", "nodes", "parse ns/node",
                "build ns/node", "parse+build", "JGraphT view", "forward", "backward");
        run(out, "scalar network 24-48-48-1", SyntheticPrograms.network(24, 48, 48, 1), quick ? 0.5 : 3, quick ? 3 : 15);
        run(out, quick ? "chain of 100,000" : "chain of 1,000,000", SyntheticPrograms.chain(quick ? 100_000 : 1_000_000),
                quick ? 0.5 : 4, quick ? 2 : 5);
        TensorBench.run(out, quick);
        TrainingBench.run(out, quick);
        out.println("Each cell: median (best) over the timed runs, after warm-up runs. parse and build are the two");
        out.println("phases on their own (build from a parsed program); parse+build is GraphBuilder.compile, which");
        out.println("builds while it parses, as the app and the eval command do. JGraphT view is what the graph's");
        out.println("DirectedAcyclicGraph adds when dag() is first called (build plus view, minus build).");
        out.flush();
        return 0;
    }

    private static void run(PrintWriter out, String name, String source, double warmupSeconds, int runs) {
        Program program = Parser.parse(source);
        ComputationGraph graph = GraphBuilder.build(program);
        InputValues values = InputValues.declared(graph);
        Evaluation evaluation = ForwardPass.run(values);
        double nodes = graph.size();
        Timing parse = time(() -> Parser.parse(source), warmupSeconds, runs, nodes);
        Timing build = time(() -> GraphBuilder.build(program), warmupSeconds, runs, nodes);
        Timing compiled = time(() -> GraphBuilder.compile(source, BuildOptions.MERGED), warmupSeconds, runs, nodes);
        Timing buildAndView = time(() -> GraphBuilder.build(program).dag(), warmupSeconds, runs, nodes);
        Timing forward = time(() -> ForwardPass.run(values), warmupSeconds, runs, nodes);
        Timing backward = time(() -> BackwardPass.run(evaluation), warmupSeconds, runs, nodes);
        out.printf("%-28s %9d  %-14s %-14s %-16s %-14s %-14s %-14s%n", name, graph.size(), parse.cell(), build.cell(),
                compiled.cell(), String.format(Locale.ROOT, "%.0f", buildAndView.median() - build.median()),
                forward.cell(), backward.cell());
        out.flush();
    }

    /**
     * Forward + backward on the scalar network, against the same passes as a C loop over flat arrays
     * (gcc -O2) on the same graph, in the same run: the ratio is what the Java passes cost over the floor.
     */
    private static void yardstick(PrintWriter out, String source, double warmupSeconds, int runs) {
        ComputationGraph graph = GraphBuilder.compile(source, BuildOptions.MERGED);
        InputValues values = InputValues.declared(graph);
        Timing java = time(() -> {
            Object last = null;
            for (int i = 0; i < BATCH; i++) last = BackwardPass.run(ForwardPass.run(values));
            return last;
        }, warmupSeconds, runs, graph.size() * (double) BATCH);
        ScalarPasses passes = new ScalarPasses(graph);
        Timing kept = time(() -> {
            double sum = 0;
            for (int i = 0; i < BATCH; i++) sum += passes.run(values);
            return sum;
        }, warmupSeconds, runs, graph.size() * (double) BATCH);
        FlatLoopYardstick.Timing c = FlatLoopYardstick.run(graph, values, 200);
        out.printf(Locale.ROOT, "forward + backward, scalar network 24-48-48-1 (%d nodes), ns per node:%n", graph.size());
        out.printf(Locale.ROOT, "  Java, kept buffers (ScalarPasses, as training runs them)  %.1f (best %.1f)%n", kept.median(), kept.best());
        out.printf(Locale.ROOT, "  Java, fresh results (ForwardPass + BackwardPass)          %.1f (best %.1f)%n", java.median(), java.best());
        out.printf(Locale.ROOT, "  C loop, flat arrays  %.1f (forward %.1f, backward %.1f), gcc -O2, same graph, same gradients%n",
                c.both(), c.forward(), c.backward());
        out.printf(Locale.ROOT, "  ratio Java / C       kept buffers %.2f, fresh results %.2f%n%n",
                kept.median() / c.both(), java.median() / c.both());
    }

    /** Passes run back to back per timed sample, as the C loop runs them: caches warm, no collection between. */
    private static final int BATCH = 200;

    /** Nanoseconds per node: the median and the best of the timed runs. */
    record Timing(double median, double best) {
        String cell() {
            return String.format(Locale.ROOT, "%.0f (%.0f)", median, best);
        }
    }

    static Timing time(Supplier<?> work, double warmupSeconds, int runs, double nodes) {
        Object sink = null;
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        for (int i = 0; i < 2 || System.nanoTime() < warmupEnd; i++) {
            sink = work.get();
        }
        double[] perNode = new double[runs];
        for (int i = 0; i < runs; i++) {
            sink = null;
            System.gc();
            long start = System.nanoTime();
            sink = work.get();
            perNode[i] = (System.nanoTime() - start) / nodes;
        }
        if (sink == null) throw new IllegalStateException("nothing computed");
        Arrays.sort(perNode);
        return new Timing(perNode[runs / 2], perNode[0]);
    }
}
