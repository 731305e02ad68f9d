package studio.backprop.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import studio.backprop.expr.Parser;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;

/**
 * Edge crossings of our layout against Graphviz dot on the same graphs, with the same constraints
 * (inputs in the first column, the output alone in the last, boxes of the same size), and the time
 * each takes: ELK in this JVM once warm (each case laid out again and again for
 * {@value #WARM_UP_SECONDS} s first, then the median of {@value #TIMED_RUNS}),
 * dot as the process {@code dot -Tplain} (median of 3). Crossings of both are counted the same way, by segment intersection ({@link CrossingCounter};
 * dot's splines are flattened). Run it with {@code ./mvnw -q test-compile exec:exec@crossings}.
 */
public final class CrossingBenchmark {

    private static final int WARM_UP_SECONDS = 4;
    private static final int TIMED_RUNS = 21;

    record Case(String name, String source) {
    }

    private CrossingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Case> cases = List.of(
                new Case("DAG ~100", SamplePrograms.sharedInputs(100, new Random(100))),
                new Case("DAG ~300", SamplePrograms.sharedInputs(300, new Random(300))),
                new Case("recurrence ~100", SamplePrograms.recurrence(100, 5)),
                new Case("network 2-3-1", SamplePrograms.network(2, 3, 1)),
                new Case("tree ~100", SamplePrograms.tree(100, new Random(100))));
        Path scratch = Files.createTempDirectory("crossings");
        ElkLayeredLayout layout = new ElkLayeredLayout();
        // Warm-up by time, not rounds: after ten rounds the 2-3-1 network still took 16 ms a layout,
        // and about 4 ms once the JIT had compiled ELK's crossing minimiser (a few hundred rounds).
        for (Case c : cases) {
            ComputationGraph graph = graph(c);
            long until = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
            for (int round = 0; round < 10 || System.nanoTime() < until; round++) layout.layout(graph);
        }
        System.out.printf("%-16s %6s %-9s %10s %9s %10s %9s %8s%n", "program", "nodes", "effort", "ours", "ours ms",
                "dot", "dot ms", "speed");
        for (Case c : cases) {
            ComputationGraph graph = graph(c);
            double[] ours = new double[TIMED_RUNS];
            Drawing drawing = null;
            for (int i = 0; i < ours.length; i++) {
                long start = System.nanoTime();
                drawing = layout.layout(graph);
                ours[i] = (System.nanoTime() - start) / 1e6;
            }
            Path dotFile = Files.writeString(scratch.resolve("graph.dot"), dot(graph, drawing));
            double[] theirs = new double[3];
            String plain = null;
            for (int i = 0; i < theirs.length; i++) {
                long start = System.nanoTime();
                plain = runDot(dotFile);
                theirs[i] = (System.nanoTime() - start) / 1e6;
            }
            double ourMs = median(ours);
            double dotMs = median(theirs);
            System.out.printf(Locale.ROOT, "%-16s %6d %-9s %10d %9.1f %10d %9.1f %7.0f×%n", c.name(), graph.size(),
                    layout.effortFor(graph), CrossingCounter.count(drawing), ourMs, CrossingCounter.count(dotEdges(plain)),
                    dotMs, dotMs / ourMs);
        }
    }

    private static ComputationGraph graph(Case c) {
        return GraphBuilder.build(Parser.parse(c.source()), BuildOptions.MERGED);
    }

    /** The graph for dot: our box sizes (at 72 points per inch, as dot reads them), ports on the sides, our column constraints. */
    static String dot(ComputationGraph graph, Drawing drawing) {
        StringBuilder dot = new StringBuilder("digraph g {\n  rankdir=LR;\n  node [shape=box, fixedsize=true, label=\"\"];\n");
        for (Node node : graph.nodes()) {
            NodeBox box = drawing.box(node);
            dot.append(String.format(Locale.ROOT, "  n%d [width=%.3f, height=%.3f];%n", node.index(), box.width() / 72,
                    box.height() / 72));
        }
        StringBuilder inputs = new StringBuilder("  { rank=min;");
        for (Node input : graph.inputs()) inputs.append(" n").append(input.index()).append(';');
        dot.append(inputs).append(" }\n  { rank=sink; n").append(graph.output().index()).append("; }\n");
        for (Node node : graph.nodes()) {
            for (Node operand : graph.operands(node)) {
                dot.append("  n").append(operand.index()).append(":e -> n").append(node.index()).append(":w;\n");
            }
        }
        return dot.append("}\n").toString();
    }

    private static String runDot(Path file) {
        try {
            Process process = new ProcessBuilder("dot", "-Tplain", file.toString()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) throw new IllegalStateException("dot failed: " + out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Each edge of dot's plain output as the polyline of its flattened spline. */
    static List<List<Point>> dotEdges(String plain) {
        List<List<Point>> edges = new ArrayList<>();
        for (String line : plain.split("\n")) {
            String[] words = line.trim().split("\\s+");
            if (!words[0].equals("edge")) continue;
            int count = Integer.parseInt(words[3]);
            List<Point> controls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                controls.add(new Point(Double.parseDouble(words[4 + 2 * i]), Double.parseDouble(words[5 + 2 * i])));
            }
            edges.add(CrossingCounter.flatten(controls));
        }
        return edges;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
