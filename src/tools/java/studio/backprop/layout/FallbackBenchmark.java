package studio.backprop.layout;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;

/**
 * Where the layout's fallbacks start: times {@link LayoutEffort#FAST} and {@link LayoutEffort#QUICK}
 * on programs of tens of thousands to about a million cells, each once (they take seconds to a
 * minute), on a thread with a stack sized for the graph, past {@link DrawingLimits} too, and
 * prints what {@link ElkLayeredLayout} would do with each, and the CPU and wall seconds of each
 * layout. Not a test: the figures depend on the
 * machine. {@code --quick} leaves out the cases that take a minute.
 */
public final class FallbackBenchmark {

    private record Case(String family, String name, String source, BuildOptions options, boolean slow) {
    }

    private FallbackBenchmark() {
    }

    public static void main(String[] args) {
        boolean quick = args.length > 0 && args[0].equals("--quick");
        run(System.out, quick);
    }

    static void run(PrintStream out, boolean quick) {
        out.printf(Locale.ROOT, "Fallback benchmark: %d cores, Java %s, %,d MB heap%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "%-18s %-10s %7s %9s %-22s %16s %16s%n", "family", "program", "nodes", "cells",
                "ElkLayeredLayout does", "FAST s cpu/wall", "QUICK s cpu/wall");
        // The JIT first, on a small case, so that the first timing is not mostly compilation.
        ComputationGraph warm = GraphBuilder.compile(SamplePrograms.sharedInputs(500, new Random(1)), BuildOptions.MERGED);
        for (int i = 0; i < 3; i++) seconds(warm, LayoutEffort.FAST);
        for (Case c : cases()) {
            if (quick && c.slow()) continue;
            ComputationGraph graph = GraphBuilder.compile(c.source(), c.options());
            long cells = LayeringEstimate.cells(graph);
            out.printf(Locale.ROOT, "%-18s %-10s %,7d %,9d %-22s %16s %16s%n", c.family(), c.name(), graph.size(), cells,
                    verdict(graph), seconds(graph, LayoutEffort.FAST), seconds(graph, LayoutEffort.QUICK));
        }
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (int steps : new int[] {10_000, 30_000, 100_000}) {
            cases.add(new Case("chain", "~" + steps, SamplePrograms.chain(steps), BuildOptions.MERGED, steps > 30_000));
        }
        for (int size : new int[] {1_000, 2_000, 3_000, 5_000, 10_000}) {
            cases.add(new Case("shared-input DAG", "~" + size, SamplePrograms.sharedInputs(size, new Random(size)),
                    BuildOptions.MERGED, size > 3_000));
        }
        for (int size : new int[] {300, 600, 1_000}) {
            cases.add(new Case("recurrence", "~" + size, SamplePrograms.recurrence(size, 5), BuildOptions.MERGED,
                    size > 600));
        }
        cases.add(new Case("tree", "~10000", SamplePrograms.tree(10_000, new Random(10_000)), BuildOptions.TREE, false));
        return cases;
    }

    /** What the app and the command line get: an effort, or the reason there is no picture. */
    private static String verdict(ComputationGraph graph) {
        try {
            DrawingLimits.check(graph);
            return new ElkLayeredLayout().effortFor(graph).name();
        } catch (TooLargeToDraw tooLarge) {
            return tooLarge.getMessage().contains("memory") ? "no picture (memory)" : "no picture (cells)";
        }
    }

    /**
     * CPU seconds of the layout's thread (ELK is single-threaded, and CPU time leaves out the
     * other builds on a shared machine), then wall seconds.
     */
    private static String seconds(ComputationGraph graph, LayoutEffort effort) {
        long cells = LayeringEstimate.cells(graph);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpu;
        try {
            cpu = LayoutThread.run(cells, () -> false, question -> {
                long before = threads.getCurrentThreadCpuTime();
                ElkLayeredLayout.laidOut(graph, LayoutStyle.DEFAULT, effort, question);
                return threads.getCurrentThreadCpuTime() - before;
            });
        } catch (OutOfMemoryError e) {
            return "OOM";
        }
        return String.format(Locale.ROOT, "%.1f / %.1f", cpu / 1e9, (System.nanoTime() - start) / 1e9);
    }

}
