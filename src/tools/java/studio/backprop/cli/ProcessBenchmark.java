package studio.backprop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import studio.backprop.layout.SamplePrograms;

/**
 * Times Backprop Studio as a user runs it, a whole process at a time, beside a peer doing the same
 * job in the same run, interleaved so that both see the same machine:
 *
 * <ul>
 *   <li>{@code eval}: {@code eval lecture.cgraph} against the lecture in micrograd's Value class
 *       ({@code src/tools/python/micrograd_lecture.py});</li>
 *   <li>{@code svg}: {@code export} of the 2-3-1 network to SVG against {@code dot -Tsvg} of the same
 *       graph (its DOT export);</li>
 *   <li>{@code chain}: {@code eval} of the million-node chain, peak memory (resident set);</li>
 *   <li>{@code all-svg}, {@code all-png}: {@code export --step all} of the 16-16-1 scalar network,
 *       time and peak memory;</li>
 *   <li>{@code floors}: what the first two cost below their command line, against the same peers
 *       ({@link CommandFloors}, run with the JVM options the launcher gives a command).</li>
 * </ul>
 *
 * Peak memory is the maximum resident set that {@code /usr/bin/time} reports. Run it with
 * {@code ./mvnw -q test-compile exec:exec@process-bench -Dtool.args="--runs 7 eval svg"}; the
 * launcher is the one the build ships, {@code target/backprop}, unless {@code --launcher "java -jar
 * target/backprop-studio.jar"} or another is given.
 */
public final class ProcessBenchmark {

    private static final Set<String> ROWS = Set.of("eval", "svg", "chain", "all-svg", "all-png", "floors");
    /** The JVM options {@code target/backprop} gives a command (src/main/dist/backprop), with the tools on the class path. */
    private static final List<String> COMMAND_JVM = List.of("java", "-Xmx1g", "-XX:+UseSerialGC",
            "-XX:SharedArchiveFile=target/backprop-commands.jsa", "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
            "-cp", "target/backprop-studio.jar" + java.io.File.pathSeparator + "target/test-classes", CommandFloors.class.getName());

    private final List<String> launcher;
    private final int runs;
    private final Path scratch;

    /** One finished process: its wall time and its peak resident memory. */
    record Measured(double seconds, long peakKilobytes) {
    }

    private ProcessBenchmark(List<String> launcher, int runs, Path scratch) {
        this.launcher = launcher;
        this.runs = runs;
        this.scratch = scratch;
    }

    public static void main(String[] args) throws IOException {
        List<String> launcher = List.of("target/backprop");
        int runs = 7;
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--launcher" -> launcher = Arrays.asList(args[++i].trim().split("\\s+"));
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> {
                    if (!ROWS.contains(args[i])) throw new IllegalArgumentException("unknown row " + args[i] + "; rows: " + ROWS);
                    rows.add(args[i]);
                }
            }
        }
        if (rows.isEmpty()) rows = List.of("eval", "svg", "chain", "all-svg");
        Path scratch = Files.createTempDirectory("process-bench");
        ProcessBenchmark bench = new ProcessBenchmark(launcher, runs, scratch);
        System.out.println("launcher: " + String.join(" ", launcher) + "; " + runs + " runs where there is a peer");
        for (String row : rows) {
            switch (row) {
                case "eval" -> bench.evalAgainstMicrograd();
                case "svg" -> bench.svgAgainstDot();
                case "chain" -> bench.millionChain();
                case "all-svg" -> bench.everyStep("svg");
                case "all-png" -> bench.everyStep("png");
                case "floors" -> bench.floors();
                default -> throw new AssertionError(row);
            }
        }
    }

    private void evalAgainstMicrograd() {
        List<String> ours = command("eval", "resources/examples/lecture.cgraph");
        List<String> peer = List.of(python(), "src/tools/python/micrograd_lecture.py");
        compare("eval lecture.cgraph", ours, "python3 micrograd (Value class)", peer);
    }

    private void svgAgainstDot() {
        Path dot = scratch.resolve("network.dot");
        measure(command("export", "resources/examples/network-2-3-1.cgraph", "-o", dot.toString()));
        List<String> ours = command("export", "resources/examples/network-2-3-1.cgraph", "-o", scratch.resolve("ours.svg").toString());
        List<String> peer = List.of("dot", "-Tsvg", dot.toString(), "-o", scratch.resolve("dot.svg").toString());
        compare("export network-2-3-1 -o x.svg", ours, "dot -Tsvg (its DOT export)", peer);
    }

    /** The JVM with nothing to do, then eval's work and the export's layout without picocli, each beside its peer. */
    private void floors() {
        List<String> micrograd = List.of(python(), "src/tools/python/micrograd_lecture.py");
        Path dot = scratch.resolve("network.dot");
        measure(command("export", "resources/examples/network-2-3-1.cgraph", "-o", dot.toString()));
        List<String> dotSvg = List.of("dot", "-Tsvg", dot.toString(), "-o", scratch.resolve("dot.svg").toString());
        compare("floor: the JVM with the jar, nothing to do", floor("nothing"), "python3 micrograd (Value class)", micrograd);
        compare("floor: eval's work without picocli", floor("eval", "resources/examples/lecture.cgraph"),
                "python3 micrograd (Value class)", micrograd);
        compare("floor: compile and ELK's first layout, nothing written", floor("layout", "resources/examples/network-2-3-1.cgraph"),
                "dot -Tsvg (its DOT export)", dotSvg);
    }

    private static List<String> floor(String... arguments) {
        List<String> command = new ArrayList<>(COMMAND_JVM);
        command.addAll(List.of(arguments));
        return command;
    }

    private void millionChain() {
        Path program = write("chain.cgraph", SyntheticPrograms.chain(1_000_000));
        Measured run = measure(command("eval", program.toString()));
        System.out.printf(Locale.ROOT, "eval chain of 1,000,000: %.1f s, peak %s%n", run.seconds(), megabytes(run));
    }

    private void everyStep(String format) {
        Path program = write("network-16-16-1.cgraph", withWeights(SamplePrograms.network(16, 16, 1)));
        Path folder = scratch.resolve("frames-" + format);
        try {
            Files.createDirectories(folder);
            Measured run = measure(command("export", program.toString(), "--step", "all", "-o", folder.resolve("net." + format).toString()));
            long files;
            long bytes;
            try (var listing = Files.list(folder)) {
                List<Path> written = listing.toList();
                files = written.size();
                bytes = 0;
                for (Path file : written) {
                    bytes += Files.size(file);
                    Files.delete(file);
                }
            }
            System.out.printf(Locale.ROOT, "export 16-16-1 --step all as %s: %d files, %.0f MB, %.1f s, peak %s%n",
                    format, files, bytes / 1e6, run.seconds(), megabytes(run));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The network with a value for every weight and bias (seeded), given before the lines that use them. */
    static String withWeights(String network) {
        java.util.Random random = new java.util.Random(16);
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\b[wb]\\d+_\\d+(_\\d+)?\\b").matcher(network);
        while (matcher.find()) names.add(matcher.group());
        StringBuilder program = new StringBuilder();
        for (String name : names) {
            program.append(name).append(" = ").append(String.format(Locale.ROOT, "%.2f", random.nextGaussian() * 0.5)).append('\n');
        }
        return program.append(network).append('\n').toString();
    }

    /** Runs ours and the peer one after the other, {@code runs} times, and prints both medians and their ratio. */
    private void compare(String ourName, List<String> ours, String peerName, List<String> peer) {
        measure(ours);
        measure(peer);
        double[] our = new double[runs];
        double[] their = new double[runs];
        for (int i = 0; i < runs; i++) {
            our[i] = measure(ours).seconds();
            their[i] = measure(peer).seconds();
        }
        double a = median(our);
        double b = median(their);
        System.out.printf(Locale.ROOT, "%s: %.3f s (best %.3f) | %s: %.3f s (best %.3f) | ratio %.1f×%n",
                ourName, a, min(our), peerName, b, min(their), a / b);
    }

    /** The interpreter itself: python3 on the PATH may be a shim script (pyenv) that would add its own start-up. */
    private static String python() {
        try {
            Process process = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
            String path = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor() == 0 && !path.isEmpty() ? path : "python3";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "python3";
        }
    }

    private List<String> command(String... arguments) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(arguments));
        return command;
    }

    /** Runs a command under {@code /usr/bin/time} to completion, its output thrown away; it must succeed. */
    private Measured measure(List<String> command) {
        Path report = scratch.resolve("time.txt");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M", "-o", report.toString()));
        timed.addAll(command);
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(timed).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(scratch.resolve("stderr.txt").toFile()).start();
            int code = process.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (code != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with " + code + ": "
                        + Files.readString(scratch.resolve("stderr.txt")));
            }
            List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
            return new Measured(seconds, Long.parseLong(lines.get(lines.size() - 1).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(scratch.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String megabytes(Measured run) {
        return String.format(Locale.ROOT, "%,d MB", run.peakKilobytes() / 1024);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }
}
