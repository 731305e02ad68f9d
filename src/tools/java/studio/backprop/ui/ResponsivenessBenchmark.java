package studio.backprop.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

import studio.backprop.cli.SyntheticPrograms;
import studio.backprop.io.ExampleCatalog;
import studio.backprop.io.RecoveryStore;
import studio.backprop.layout.SamplePrograms;
import studio.backprop.ui.canvas.GraphCanvas;
import studio.backprop.ui.training.Speed;

/**
 * How long the window goes without a frame while a big program is opened, drawn and played: the
 * gaps between pulses are what a student feels as a frozen window. Opens the real window (it needs a
 * display; {@code xvfb-run} will do), loads a shared-input DAG of about 1,000 nodes (or the size
 * and shape given: {@code [NODES] [dag|chain]}, a chain being {@code x_k = sin(x_(k-1))}), and
 * prints each phase with how long it took, its longest gap between frames, its longest input wait
 * and the CPU time the FX thread and the renderer spent in it (the work done, which other programs
 * on the machine do not change as they change the waits). Not a test: the
 * figures depend on the machine. Run it with
 * {@code xvfb-run java -cp target/backprop-studio.jar studio.backprop.ui.ResponsivenessBenchmark [NODES] [dag|chain]}.
 *
 * <p>With {@code training} instead of a size, it trains in the training panel instead: logistic
 * regression on 1,000 generated rows, then the XOR network, each run as fast as it goes for
 * {@value #TRAIN_SECONDS} s, to show whether the window answers while it trains.
 */
public final class ResponsivenessBenchmark {

    private static final long SETTLE_NANOS = 1_500_000_000L;
    private static final int TRAIN_SECONDS = 5;
    private static final int MINUTES = 15;
    /** With -Dbenchmark.waits=true, each input wait over 50 ms is printed with when it ended, to find it in a profile. */
    private static final boolean LOG_WAITS = Boolean.getBoolean("benchmark.waits");
    private static final String PREFERENCES = "/studio/backprop/benchmark";

    /** One stretch of the session and the frames seen during it. */
    private static final class Phase {
        final String name;
        final long start = System.nanoTime();
        /** When it began by the clock, to find the phase in a profile (JFR, the pulse logger). */
        final java.time.LocalTime began = java.time.LocalTime.now();
        long end;
        int frames;
        /** Training steps taken in the phase, for the training phases. */
        int steps;
        long longestGap;
        int gapsOver100ms;
        volatile long longestWait;
        /** CPU time the FX thread and the renderer spent in the phase: work done, whatever else ran on the machine. */
        final long fxCpuAtStart = cpu(fxThread);
        final long renderCpuAtStart = cpu(renderThread());
        long fxCpu;
        long renderCpu;

        Phase(String name) {
            this.name = name;
        }

        void frame(long gap) {
            frames++;
            longestGap = Math.max(longestGap, gap);
            if (gap > 100_000_000L) gapsOver100ms++;
        }

        void waited(long wait) {
            longestWait = Math.max(longestWait, wait);
        }

        void end() {
            end = System.nanoTime();
            fxCpu = cpu(fxThread) - fxCpuAtStart;
            renderCpu = cpu(renderThread()) - renderCpuAtStart;
        }

        String line() {
            return String.format(Locale.ROOT, "%-44s %7.0f ms %6d frames %8.0f ms %10d %10.0f ms %7.0f ms %7.0f ms  %s", name,
                    (end - start) / 1e6, frames, longestGap / 1e6, gapsOver100ms, longestWait / 1e6, fxCpu / 1e6,
                    renderCpu / 1e6, began)
                    + (steps > 0 ? String.format(Locale.ROOT, "  %d steps", steps) : "");
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The FX thread, once the toolkit has started. */
    private static volatile long fxThread = -1;
    private static long renderThread = -1;

    private final List<Phase> phases = new ArrayList<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private Studio studio;
    private long lastFrame;

    private ResponsivenessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean training = args.length > 0 && args[0].equals("training");
        int nodes = args.length > 0 && !training ? Integer.parseInt(args[0]) : 1000;
        boolean chain = args.length > 1 && args[1].equals("chain");
        String program = training ? SyntheticPrograms.logisticRegression(1000, new Random(7))
                : chain ? SamplePrograms.chain(nodes) : SamplePrograms.sharedInputs(nodes, new Random(3));
        ResponsivenessBenchmark benchmark = new ResponsivenessBenchmark();
        Platform.startup(() -> {
            fxThread = Thread.currentThread().getId();
            if (training) benchmark.startTraining(program);
            else benchmark.start(program);
        });
        boolean finished = benchmark.done.await(MINUTES, TimeUnit.MINUTES);
        Platform.exit();
        try {
            Preferences.userRoot().node(PREFERENCES).removeNode();
        } catch (BackingStoreException e) {
            // Only a benchmark's throwaway settings are left behind.
        }
        if (!finished) {
            System.err.println("error: the benchmark did not finish within " + MINUTES + " minutes");
            System.exit(1);
        }
        System.out.printf(Locale.ROOT, "%-44s %10s %13s %11s %10s %13s%s%n", training ? "phase (training in the window)"
                : "phase (" + nodes + "-node " + (chain ? "chain)" : "DAG)"), "took",
                "", "frame gap", "gaps >100ms", "input wait", "  FX CPU  render CPU  began");
        benchmark.phases.forEach(phase -> System.out.println(phase.line()));
        System.exit(0);
    }


    /** The benchmark's edits are never offered to the user as lost work at the next start. */
    private static RecoveryStore throwawayRecovery() {
        try {
            return new RecoveryStore(Files.createTempDirectory("backprop-benchmark-recovery"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start(String program) {
        open();
        StudioModel model = studio.model;
        GraphCanvas canvas = studio.window.canvas();
        begin("open: parse, evaluate, lay out");
        studio.document.untitled("benchmark", program);
        then(() -> model.showingProperty().get() != null && model.showingProperty().get().source().equals(program),
                "draw: slices of views", () -> {
                    then(canvas::complete, "settle after drawing", () -> settle(() -> {
                        begin("jump to the end (End)");
                        model.playback().toEnd();
                        settle(() -> {
                            begin("20 steps back, one per frame");
                            stepBack(20, () -> {
                                begin("edit: relayout in the background");
                                model.load(program + "\nK = J + 1\n");
                                then(() -> !model.busyProperty().get() && canvas.complete(), "settle after the edit",
                                        () -> settle(this::finish));
                            });
                        });
                    }));
                });
    }

    /** The window at 1280×800 as a student gets it, with the frame counter and the FX thread's pinger. */
    private void open() {
        Stage stage = new Stage();
        studio = Studio.open(stage, StudioOptions.interactive().withRecovery(throwawayRecovery()),
                new StudioPreferences(Preferences.userRoot().node(PREFERENCES)), 1280, 800);
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (lastFrame != 0 && !phases.isEmpty()) phases.get(phases.size() - 1).frame(now - lastFrame);
                lastFrame = now;
            }
        }.start();
        pingFxThread();
    }

    private void startTraining(String logistic) {
        open();
        StudioModel model = studio.model;
        String xor = ExampleCatalog.named("xor-network-sigmoid").source();
        begin("open logistic regression, 1,000 rows");
        studio.document.untitled("logistic regression", logistic);
        then(() -> model.showingProperty().get() != null && model.training().progressProperty().get() != null,
                "settle", () -> settle(() -> train("Run: logistic regression, 1,000 rows", () -> {
                    begin("open XOR 2-2-1");
                    studio.document.untitled("xor", xor);
                    then(() -> model.showingProperty().get() != null && model.showingProperty().get().source().equals(xor)
                            && model.training().progressProperty().get() != null, "settle ", () -> settle(() ->
                            train("Run: XOR 2-2-1 network", () -> {
                                begin("settle after training");
                                settle(this::finish);
                            })));
                })));
    }

    /** Runs training as fast as it goes for a few seconds, as a click on Run does, then pauses. */
    private void train(String name, Runnable next) {
        var training = studio.model.training();
        training.stepsProperty().set("100000000");
        training.speedProperty().set(Speed.FASTEST);
        begin(name);
        Phase phase = phases.get(phases.size() - 1);
        training.run();
        long until = System.nanoTime() + TRAIN_SECONDS * 1_000_000_000L;
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (now < until) return;
                stop();
                training.pause();
                phase.steps = training.progressProperty().get().steps();
                next.run();
            }
        }.start();
    }

    /**
     * Every 5 ms, how long a task (such as a key press) waits before the FX thread runs it: the pulse
     * gaps above also count rendering, which happens on its own thread.
     */
    private void pingFxThread() {
        Thread pinger = new Thread(() -> {
            while (done.getCount() > 0) {
                long posted = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                Platform.runLater(() -> {
                    long wait = System.nanoTime() - posted;
                    if (!phases.isEmpty()) phases.get(phases.size() - 1).waited(wait);
                    if (LOG_WAITS && wait > 50_000_000L) {
                        System.err.printf(Locale.ROOT, "waited %.0f ms until %s%n", wait / 1e6, java.time.LocalTime.now());
                    }
                    ran.countDown();
                });
                try {
                    ran.await();
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-ping");
        pinger.setDaemon(true);
        pinger.start();
    }

    private void begin(String name) {
        if (!phases.isEmpty()) phases.get(phases.size() - 1).end();
        phases.add(new Phase(name));
    }

    private static long cpu(long thread) {
        return thread < 0 ? 0 : Math.max(0, THREADS.getThreadCpuTime(thread));
    }

    /** JavaFX's render thread, which paints the scene (on the CPU, with the software pipeline), or -1. */
    private static long renderThread() {
        if (renderThread < 0) {
            renderThread = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst().orElse(-1);
        }
        return renderThread;
    }

    /** Waits, frame by frame, until {@code condition} holds, then starts the next phase. */
    private void then(BooleanSupplier condition, String next, Runnable action) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (condition.getAsBoolean()) {
                    stop();
                    begin(next);
                    action.run();
                }
            }
        }.start();
    }

    private void settle(Runnable action) {
        long until = System.nanoTime() + SETTLE_NANOS;
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (now >= until) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    private void stepBack(int steps, Runnable action) {
        int[] left = {steps};
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (left[0]-- == 0) {
                    stop();
                    action.run();
                } else {
                    studio.model.playback().stepBack();
                }
            }
        }.start();
    }

    private void finish() {
        phases.get(phases.size() - 1).end();
        done.countDown();
    }
}
