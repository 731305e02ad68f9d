package studio.backprop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import studio.backprop.autodiff.BackwardPass;
import studio.backprop.autodiff.Evaluation;
import studio.backprop.autodiff.ForwardPass;
import studio.backprop.autodiff.InputValues;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;

/**
 * The C loop over flat arrays that the passes are measured against (src/tools/c/flat_passes.c):
 * writes the graph for it, compiles it with gcc -O2, runs it, and checks that it computed the same
 * gradients as the Java passes, so the two timings are of the same work.
 */
final class FlatLoopYardstick {

    /** Median ns per node of the C loop: forward, backward, and the two one after the other. */
    record Timing(double forward, double backward, double both) {
    }

    private FlatLoopYardstick() {
    }

    static Timing run(ComputationGraph graph, InputValues values, int runs) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "bench"));
            Path binary = folder.resolve("flat_passes");
            Path source = Path.of("src", "tools", "c", "flat_passes.c");
            if (!Files.exists(binary) || Files.getLastModifiedTime(binary).compareTo(Files.getLastModifiedTime(source)) < 0) {
                exec(folder, "gcc", "-O2", "-o", binary.toString(), source.toString(), "-lm");
            }
            Path input = folder.resolve("graph-" + graph.size() + ".txt");
            write(graph, values, input);
            String[] fields = exec(folder, binary.toString(), input.toString(), Integer.toString(runs)).strip().split(" ");
            double checksum = Double.parseDouble(fields[3]);
            double expected = javaChecksum(graph, values);
            if (Math.abs(checksum - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
                throw new IllegalStateException("the C loop computed other gradients: " + checksum + " vs " + expected);
            }
            return new Timing(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double javaChecksum(ComputationGraph graph, InputValues values) {
        Evaluation evaluation = ForwardPass.run(values);
        var gradients = BackwardPass.run(evaluation);
        double sum = 0;
        for (Node node : graph.nodes()) sum += gradients.gradient(node);
        return sum;
    }

    private static void write(ComputationGraph graph, InputValues values, Path file) throws IOException {
        ComputationGraph.Wiring wiring = graph.wiring();
        Evaluation evaluation = ForwardPass.run(values);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.US_ASCII))) {
            out.println(graph.size() + " " + graph.edgeCount() + " " + graph.output().index());
            for (int i = 0; i < graph.size(); i++) {
                int from = wiring.operandStart()[i];
                int to = wiring.operandStart()[i + 1];
                StringBuilder line = new StringBuilder().append(wiring.ops()[i].jsonName()).append(' ').append(to - from);
                for (int k = from; k < to; k++) line.append(' ').append(wiring.operandIndex()[k]);
                out.println(line);
            }
            for (Node node : graph.nodes()) {
                double seed = node.isComputed() ? 0 : evaluation.value(node);
                out.println(String.format(Locale.ROOT, "%.17g", seed));
            }
        }
    }

    private static String exec(Path folder, String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return output;
    }
}
