package studio.backprop.ui.training;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import studio.backprop.autodiff.Analysis;
import studio.backprop.training.TrainingException;
import studio.backprop.training.TrainingProgress;
import studio.backprop.training.TrainingSession;
import studio.backprop.training.TrainingSettings;
import studio.backprop.ui.background.BackgroundWork;

/**
 * Trains on a thread of its own, so that the window never waits for a step, and hands the FX
 * thread only where training stands. Progress is coalesced: however fast the steps go, at most one
 * hand-over waits on the FX thread, and a fast run hands one over per {@link #FRAME_NANOS}, so the
 * window draws about twenty times a second and stays free for the student's input.
 *
 * <p>{@link #reset} forgets the session (the next command starts again from its start values);
 * {@link #pause} only stops the command that is running. Both drop any hand-over still on its way.
 */
final class TrainingLoop {

    /** A fast run takes steps for this long between two hand-overs. */
    static final long FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /** One command: up to {@code steps} steps (stopping at an epoch's end if asked), {@code perSecond} of them, 0 for as fast as they go. */
    record Command(int steps, boolean toEpochEnd, double perSecond) {
    }

    /**
     * What the FX thread is given: where training stands, both passes over the program at those
     * parameters (made here, not on the FX thread), whether the command is over, and which one it was.
     */
    record Report(TrainingProgress progress, Analysis analysis, String problem, boolean finished, long command) {
    }

    /** A report and the session it belongs to. */
    private record Handed(Report report, long session) {
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread training = new Thread(runnable, "backprop-training");
        training.setDaemon(true);
        return training;
    });
    private final Executor fx;
    private final Consumer<Report> onReport;
    /** Counts resets: a session belongs to one. */
    private final AtomicLong sessions = new AtomicLong();
    /** Counts commands, pauses and resets: a running command stops as soon as it is not the newest. */
    private final AtomicLong commands = new AtomicLong();
    private final AtomicReference<Handed> waiting = new AtomicReference<>();
    private final Object sleep = new Object();
    /** Until then the FX thread is left alone: it is still busy with the last hand-over's drawing. */
    private volatile long quietUntil;
    /** Touched only on the training thread. */
    private TrainingSession session;
    private TrainingSettings sessionSettings;
    private long sessionNumber = -1;

    TrainingLoop(Executor fx, Consumer<Report> onReport) {
        this.fx = fx;
        this.onReport = onReport;
    }

    /** Runs {@code command} after any still running is stopped, from {@code start} if training starts again. */
    void submit(TrainingStart start, TrainingSettings settings, Command command) {
        long session = sessions.get();
        long mine = commands.incrementAndGet();
        wake();
        thread.execute(() -> run(start, settings, command, session, mine));
    }

    /** Whether {@code command} is the newest: a report of an older one must not stop a newer run. */
    boolean newest(long command) {
        return commands.get() == command;
    }

    /** Hands nothing over but a command's end for {@code nanos}: what the window costs to draw, so it keeps time for input. */
    void quietFor(long nanos) {
        quietUntil = System.nanoTime() + nanos;
    }

    void pause() {
        commands.incrementAndGet();
        wake();
    }

    void reset() {
        sessions.incrementAndGet();
        pause();
    }

    private void run(TrainingStart start, TrainingSettings settings, Command command, long sessionNow, long mine) {
        try {
            if (!current(sessionNow, mine)) return;
            if (session == null || sessionNumber != sessionNow || !settings.equals(sessionSettings)) {
                session = TrainingSession.start(start.source(), start.options(), start.program(), settings, start.values());
                sessionSettings = settings;
                sessionNumber = sessionNow;
            }
            int left = command.steps();
            while (left > 0 && current(sessionNow, mine)) {
                int before = session.progress().steps();
                boolean slow = command.perSecond() > 0;
                TrainingProgress progress = session.advance(slow ? 1 : left, slow ? Long.MAX_VALUE : FRAME_NANOS,
                        command.toEpochEnd());
                left -= progress.steps() - before;
                boolean over = left <= 0 || command.toEpochEnd() && session.run().trainer().endedEpoch();
                if (over) break;
                if (System.nanoTime() >= quietUntil) hand(report(start, progress, false, mine), sessionNow);
                if (slow) pauseFor((long) (1000 / command.perSecond()));
            }
            // Paused or done: where it stopped is shown either way.
            hand(report(start, session.progress(), true, mine), sessionNow);
        } catch (TrainingException e) {
            session = null;
            hand(new Report(null, null, e.getMessage(), true, mine), sessionNow);
        } catch (RuntimeException | Error e) {
            session = null;
            hand(new Report(null, null, "Training stopped: something went wrong.", true, mine), sessionNow);
            fx.execute(() -> BackgroundWork.reportUnexpected(e));
        }
    }

    private static Report report(TrainingStart start, TrainingProgress progress, boolean finished, long command) {
        return new Report(progress, Analysis.of(progress.trained(start.values())), null, finished, command);
    }

    private boolean current(long sessionNow, long mine) {
        return sessions.get() == sessionNow && commands.get() == mine;
    }

    /** Hands {@code report} over, replacing one still waiting rather than queueing behind it. */
    private void hand(Report report, long sessionNow) {
        if (waiting.getAndSet(new Handed(report, sessionNow)) != null) return;
        fx.execute(() -> {
            Handed newest = waiting.getAndSet(null);
            // A reset after this was made: what it shows is gone.
            if (newest != null && sessions.get() == newest.session()) onReport.accept(newest.report());
        });
    }

    private void pauseFor(long millis) {
        synchronized (sleep) {
            try {
                sleep.wait(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void wake() {
        synchronized (sleep) {
            sleep.notifyAll();
        }
    }
}
