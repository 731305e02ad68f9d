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
import studio.backprop.expr.Parser;
import studio.backprop.expr.Program;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;

/**
 * Times parse, build, forward and backward on generated programs and prints nanoseconds per node.
 * Each phase is warmed up, then timed several times; the table gives the median and the best.
 */
@Command(name = "bench", description = "Time the core on generated programs (ns per node). Figures: docs/benchmarks.md.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--quick", description = "Fewer and smaller runs, for a smoke test.")
    private boolean quick;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Backprop Studio core benchmark: %s, %d cores, max heap %d MiB%n",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf("%-28s %9s  %-14s %-14s %-14s %-14s%n", "workload", "nodes", "parse ns/node", "build ns/node",
                "forward", "backward");
        run(out, "scalar network 24-48-48-1", SyntheticPrograms.network(24, 48, 48, 1), quick ? 2 : 10, quick ? 3 : 15);
        run(out, quick ? "chain of 100,000" : "chain of 1,000,000", SyntheticPrograms.chain(quick ? 100_000 : 1_000_000),
                quick ? 1 : 3, quick ? 2 : 5);
        out.println("Each cell: median (best) over the timed runs, after warm-up runs.");
        out.flush();
        return 0;
    }

    private static void run(PrintWriter out, String name, String source, int warmups, int runs) {
        Program program = Parser.parse(source);
        ComputationGraph graph = GraphBuilder.build(program);
        InputValues values = InputValues.declared(graph);
        Evaluation evaluation = ForwardPass.run(values);
        double nodes = graph.size();
        String parse = time(() -> Parser.parse(source), warmups, runs, nodes);
        String build = time(() -> GraphBuilder.build(program), warmups, runs, nodes);
        String forward = time(() -> ForwardPass.run(values), warmups, runs, nodes);
        String backward = time(() -> BackwardPass.run(evaluation), warmups, runs, nodes);
        out.printf("%-28s %9d  %-14s %-14s %-14s %-14s%n", name, graph.size(), parse, build, forward, backward);
        out.flush();
    }

    private static String time(Supplier<?> work, int warmups, int runs, double nodes) {
        Object sink = null;
        for (int i = 0; i < warmups; i++) {
            sink = work.get();
        }
        double[] perNode = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink = work.get();
            perNode[i] = (System.nanoTime() - start) / nodes;
        }
        if (sink == null) throw new IllegalStateException("nothing computed");
        Arrays.sort(perNode);
        return String.format(Locale.ROOT, "%.0f (%.0f)", perNode[runs / 2], perNode[0]);
    }
}
