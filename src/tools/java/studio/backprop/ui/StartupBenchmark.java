package studio.backprop.ui;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Cold start, as a whole process: from starting the JVM to the first frame that shows the lecture
 * graph ({@link StartupProbe}), against a bare JavaFX window on the same JVM ({@link BareWindow}),
 * alternating, with the median of each and their ratio. It needs a display ({@code xvfb-run} will
 * do). Run it with {@code ./mvnw -q test-compile exec:exec@startup -Dtool.args="--runs 7"}; the
 * JVM options of the app's launcher go in {@code --app-options "-XX:SharedArchiveFile=..."}; the
 * class path of both is printed, for making such an archive. With {@code --empty-window} it also times
 * the window's first frame with an empty program (nothing to lay out or draw), what the window's
 * own controls cost.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) {
        int runs = 7;
        List<String> appOptions = List.of();
        boolean emptyWindow = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--app-options" -> appOptions = Arrays.asList(args[++i].trim().split("\\s+"));
                case "--empty-window" -> emptyWindow = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        String classpath = "target/backprop-studio.jar" + File.pathSeparator + probeJar();
        List<String> app = new ArrayList<>(List.of("java"));
        app.addAll(appOptions.stream().filter(option -> !option.isEmpty()).toList());
        app.addAll(List.of("-cp", classpath, StartupProbe.class.getName()));
        List<String> bare = List.of("java", "-cp", classpath, BareWindow.class.getName());
        System.out.println("app: " + String.join(" ", app));
        System.out.println("bare: " + String.join(" ", bare));
        List<String> empty = new ArrayList<>(app);
        if (emptyWindow) empty.addAll(List.of("--any-frame", emptyProgram()));
        timeToFirstFrame(app);
        timeToFirstFrame(bare);
        double[] ours = new double[runs];
        double[] peer = new double[runs];
        double[] window = new double[runs];
        for (int i = 0; i < runs; i++) {
            ours[i] = timeToFirstFrame(app);
            peer[i] = timeToFirstFrame(bare);
            if (emptyWindow) window[i] = timeToFirstFrame(empty);
        }
        Arrays.sort(ours);
        Arrays.sort(peer);
        Arrays.sort(window);
        System.out.printf(Locale.ROOT, "cold start to the drawn lecture graph: %.2f s (best %.2f) | bare JavaFX window: %.2f s (best %.2f) | ratio %.1f×%n",
                ours[runs / 2], ours[0], peer[runs / 2], peer[0], ours[runs / 2] / peer[runs / 2]);
        if (emptyWindow) {
            System.out.printf(Locale.ROOT, "our window with an empty program, first frame: %.2f s (best %.2f) | ratio to the bare window %.1f×%n",
                    window[runs / 2], window[0], window[runs / 2] / peer[runs / 2]);
        }
    }

    /**
     * The probes in a jar of their own, target/startup-probes.jar, not in target/test-classes:
     * class-data sharing archives only classes from jars, so a directory on the class path would
     * stop {@code -Xshare:dump}. An archive also records each jar's time, so the jar is only
     * rewritten when a probe has changed.
     */
    private static String probeJar() {
        try {
            Path jar = Path.of("target/startup-probes.jar");
            Path classes = Path.of("target/test-classes");
            List<Path> probes;
            try (var files = Files.walk(classes)) {
                probes = files.filter(f -> f.getFileName().toString().matches("(StartupProbe|BareWindow|FirstFrame).*\\.class")).toList();
            }
            boolean current = Files.exists(jar);
            for (Path probe : probes) {
                current = current && Files.getLastModifiedTime(probe).compareTo(Files.getLastModifiedTime(jar)) < 0;
            }
            if (current) return jar.toString();
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                for (Path probe : probes) {
                    out.putNextEntry(new JarEntry(classes.relativize(probe).toString().replace(File.separatorChar, '/')));
                    Files.copy(probe, out);
                    out.closeEntry();
                }
            }
            return jar.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String emptyProgram() {
        try {
            Path file = Files.createTempFile("empty", ".cgraph");
            file.toFile().deleteOnExit();
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seconds from starting the process to its "drawn" line. */
    private static double timeToFirstFrame(List<String> command) {
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.equals("drawn")) {
                        double seconds = (System.nanoTime() - start) / 1e9;
                        process.destroyForcibly().waitFor();
                        return seconds;
                    }
                }
            }
            throw new IllegalStateException(String.join(" ", command) + " ended before its first frame (exit " + process.waitFor() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
