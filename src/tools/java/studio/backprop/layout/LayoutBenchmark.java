package studio.backprop.layout;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import studio.backprop.expr.Parser;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;

/**
 * Times {@link ElkLayeredLayout} on generated programs of about 10, 100 and 1,000 nodes (trees,
 * DAGs whose inputs are used at every depth, and scalar networks; recurrences up to 300 nodes,
 * since a 1,000-step one has half a million cells) and prints the median time per layout once the
 * JIT has warmed up. Not a test: timings depend on the machine. Run it with
 * {@code java -cp target/backprop-studio.jar studio.backprop.layout.LayoutBenchmark}, or call
 * {@link #run} from a command.
 */
public final class LayoutBenchmark {

    /** A program to time. */
    record Case(String family, String name, String source, BuildOptions options) {
    }

    private static final long WARM_UP_NANOS = 4_000_000_000L;
    private static final long BUDGET_PER_CASE_NANOS = 3_000_000_000L;
    private static final int MIN_RUNS = 5;
    private static final int MAX_RUNS = 41;

    private final PrintStream out;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    private LayoutBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs every case and prints one line each, then the stability figures; takes about 40 seconds. */
    public static void run(PrintStream out) {
        new LayoutBenchmark(out).runAll(cases());
        LayoutStability.report(out);
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (int size : new int[] {10, 100, 1000}) {
            cases.add(new Case("tree", "tree ~" + size, SamplePrograms.tree(size, new Random(size)), BuildOptions.TREE));
        }
        for (int size : new int[] {10, 100, 1000}) {
            cases.add(new Case("shared-input DAG", "DAG ~" + size,
                    SamplePrograms.sharedInputs(size, new Random(size)), BuildOptions.MERGED));
        }
        for (int size : new int[] {10, 100, 300}) {
            cases.add(new Case("recurrence", "recurrence ~" + size, SamplePrograms.recurrence(size, 5),
                    BuildOptions.MERGED));
        }
        for (int[] widths : new int[][] {{2, 3, 1}, {5, 5, 1}, {8, 8, 1}, {16, 16, 1}}) {
            String name = "network " + String.join("-", Arrays.stream(widths).mapToObj(Integer::toString).toList());
            cases.add(new Case("network", name, SamplePrograms.network(widths), BuildOptions.MERGED));
        }
        return cases;
    }

    private void runAll(List<Case> cases) {
        ElkLayeredLayout layout = new ElkLayeredLayout();
        out.printf("Layout benchmark: %d cores, Java %s, ELK Layered, default style (orthogonal edges)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        warmUp(layout, cases);
        out.printf("%-18s %-16s %6s %6s %7s %-9s %5s %10s %9s %9s %13s%n", "family", "program", "nodes", "edges",
                "cells", "effort", "runs", "median ms", "min ms", "cpu ms", "drawing px");
        for (Case c : cases) {
            time(layout, c);
        }
    }

    private void warmUp(ElkLayeredLayout layout, List<Case> cases) {
        long end = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < end) {
            for (Case c : cases) {
                ComputationGraph graph = graph(c);
                if (layout.effortFor(graph) == LayoutEffort.DETAILED) {
                    layout.layout(graph);
                }
            }
        }
    }

    private void time(ElkLayeredLayout layout, Case c) {
        ComputationGraph graph = graph(c);
        layout.layout(graph);
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        Drawing drawing = null;
        long end = System.nanoTime() + BUDGET_PER_CASE_NANOS;
        while (wall.size() < MIN_RUNS || (wall.size() < MAX_RUNS && System.nanoTime() < end)) {
            long cpuStart = cpuTime();
            long start = System.nanoTime();
            drawing = layout.layout(graph);
            wall.add(System.nanoTime() - start);
            cpu.add(cpuTime() - cpuStart);
        }
        out.printf("%-18s %-16s %6d %6d %7d %-9s %5d %10.1f %9.1f %9.1f %6.0f×%-6.0f%n", c.family(), c.name(),
                graph.size(), graph.edgeCount(), LayeringEstimate.cells(graph), layout.effortFor(graph), wall.size(),
                median(wall) / 1e6, wall.stream().mapToLong(Long::longValue).min().orElseThrow() / 1e6,
                median(cpu) / 1e6, drawing.width(), drawing.height());
    }

    private static ComputationGraph graph(Case c) {
        return GraphBuilder.build(Parser.parse(c.source()), c.options());
    }

    private long cpuTime() {
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    private static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
