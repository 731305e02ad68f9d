package studio.backprop.ui.training;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import studio.backprop.expr.InputRole;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.training.TrainingHint;
import studio.backprop.training.TrainingProgress;
import studio.backprop.training.TrainingSettings;
import studio.backprop.training.TrainingStep;

/**
 * The training panel's state: the settings as typed, whether a run is going, and where training
 * stands. Training never writes to the program or to the Variables panel: it shows its parameters
 * on the graph, and Reset, a new program or a value the student changes go back to the panel's
 * values. All methods are for the FX thread; the steps are taken on the {@link TrainingLoop}'s.
 */
public final class TrainingViewModel {

    /** Of each stretch, the window spends at most one part in four drawing training's results. */
    private static final long QUIET_FACTOR = 3;
    /** What the graph may take to be drawn again at each hand-over of a fast run. */
    private static final long GRAPH_BUDGET = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(40);

    /**
     * Where training stands, with both passes over the program at its parameters when they were
     * made on the training thread; null when the graph shown is another build and must be run again.
     */
    public record Trained(TrainingProgress progress, studio.backprop.autodiff.Analysis analysis) {
    }

    private final StringProperty rate = new SimpleStringProperty(this, "rate");
    private final StringProperty batch = new SimpleStringProperty(this, "batch");
    private final StringProperty steps = new SimpleStringProperty(this, "steps");
    private final StringProperty seed = new SimpleStringProperty(this, "seed");
    private final ObjectProperty<Speed> speed = new SimpleObjectProperty<>(this, "speed", Speed.FASTEST);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<TrainingProgress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper badField = new ReadOnlyStringWrapper(this, "badField", "");
    private final ReadOnlyBooleanWrapper graphWaits = new ReadOnlyBooleanWrapper(this, "graphWaits");
    private final ReadOnlyObjectWrapper<TrainingStep> watched = new ReadOnlyObjectWrapper<>(this, "watched");
    /** How long the graph took to be drawn again last time. */
    private long graphCost;
    private final Supplier<TrainingStart> start;
    private final Consumer<Trained> show;
    private final Runnable showStart;
    private final TrainingLoop loop;
    /** The program the panel trains, to tell a new program from the same one laid out again. */
    private String source;
    /** The settings of the session under way, to say when a change starts it again. */
    private TrainingSettings underWay;

    /**
     * @param start     what training starts from, asked for at each command
     * @param show      puts the parameters where training has them on the graph
     * @param showStart puts the graph back at the Variables panel's values
     */
    public TrainingViewModel(Executor fx, Supplier<TrainingStart> start, Consumer<Trained> show, Runnable showStart) {
        this.start = start;
        this.show = show;
        this.showStart = showStart;
        this.loop = new TrainingLoop(fx, this::report);
        fill(TrainingHint.of(""));
    }

    public StringProperty rateProperty() { return rate; }

    public StringProperty batchProperty() { return batch; }

    /** Steps one Run takes. */
    public StringProperty stepsProperty() { return steps; }

    public StringProperty seedProperty() { return seed; }

    public ObjectProperty<Speed> speedProperty() { return speed; }

    /** Whether the program has parameters to learn: only then is there a panel. */
    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** Where training stands; null before the first step and after a reset. */
    public ReadOnlyObjectProperty<TrainingProgress> progressProperty() { return progress.getReadOnlyProperty(); }

    /** What stops training, or what changed, in words; empty when all is well. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** Whether the graph waits for a fast run to pause or end, being too big to draw again at every hand-over. */
    public ReadOnlyBooleanProperty graphWaitsProperty() { return graphWaits.getReadOnlyProperty(); }

    /**
     * The update just put on the graph when there is time to watch it: a single Step, or a Run at
     * 1 or 5 steps a second; the graph animates w := w − α · dw from it. Set after the graph shows
     * the new values; not set for an epoch of many steps or a faster run, whose updates fly by.
     */
    public ReadOnlyObjectProperty<TrainingStep> watchedUpdateProperty() { return watched.getReadOnlyProperty(); }

    /** The field that does not read ("rate", "batch", "steps", "seed"), or empty. */
    public ReadOnlyStringProperty badFieldProperty() { return badField.getReadOnlyProperty(); }

    /**
     * A program has compiled and is showing at the Variables panel's values. A new program starts
     * training afresh (a whole load also takes its '# train:' line); the same one laid out again,
     * for a new theme or text size, goes on where it was.
     */
    public void programShown(ComputationGraph written, String newSource, boolean wholeLoad) {
        available.set(written.inputs().stream().anyMatch(input -> input.role() == InputRole.PARAMETER));
        if (wholeLoad) fill(TrainingHint.of(newSource));
        if (!Objects.equals(newSource, source) || wholeLoad) {
            source = newSource;
            forget();
            prepare();
        } else if (progress.get() != null) {
            show.accept(new Trained(progress.get(), null));
        }
    }

    /** The student changed a value: training starts again from it. */
    public void valuesEdited() {
        forget();
        prepare();
    }

    public void step() {
        command(new TrainingLoop.Command(1, false, 0));
    }

    /** Steps to the end of the epoch: one step for gradient descent, every row once for SGD and mini-batch. */
    public void epoch() {
        command(new TrainingLoop.Command(Integer.MAX_VALUE, true, 0));
    }

    public void run() {
        int count;
        try {
            count = text().runSteps();
        } catch (SettingsText.Problem problem) {
            refuse(problem);
            return;
        }
        if (command(new TrainingLoop.Command(count, false, speed.get().perSecond()))) running.set(true);
    }

    public void pause() {
        loop.pause();
        running.set(false);
    }

    /** Back to the parameters the program started with, and an empty loss curve. */
    public void reset() {
        forget();
        message.set("");
        badField.set("");
        showStart.run();
        prepare();
    }

    /** Training at step 0, for the panel to show the data and the boundary before the first step. */
    private void prepare() {
        if (!available.get()) return;
        try {
            TrainingSettings settings = text().settings();
            underWay = settings;
            loop.submit(start.get(), settings, new TrainingLoop.Command(0, false, 0));
        } catch (SettingsText.Problem problem) {
            // Said when the student asks to train.
        }
    }

    private boolean command(TrainingLoop.Command command) {
        TrainingSettings settings;
        try {
            settings = text().settings();
        } catch (SettingsText.Problem problem) {
            refuse(problem);
            return false;
        }
        badField.set("");
        message.set(underWay != null && !settings.equals(underWay)
                ? "New settings: training started again from the initial values." : "");
        underWay = settings;
        loop.submit(start.get(), settings, command);
        return true;
    }

    private void refuse(SettingsText.Problem problem) {
        pause();
        badField.set(problem.field());
        message.set(problem.getMessage());
    }

    private void report(TrainingLoop.Report report) {
        boolean watchable = !running.get() || speed.get().watchable();
        if (report.finished() && loop.newest(report.command())) running.set(false);
        if (report.problem() != null) {
            message.set(report.problem());
            underWay = null;
            return;
        }
        long start = System.nanoTime();
        // A graph too big to draw again within GRAPH_BUDGET would hold up the student's input at
        // every hand-over of a fast run: it waits for the run to pause or end, and the panel says so.
        boolean fastRun = running.get() && !report.finished() && speed.get() == Speed.FASTEST;
        graphWaits.set(fastRun && graphCost > GRAPH_BUDGET);
        TrainingProgress before = progress.get();
        progress.set(report.progress());
        if (!graphWaits.get()) {
            long drawing = System.nanoTime();
            show.accept(new Trained(report.progress(), report.analysis()));
            graphCost = System.nanoTime() - drawing;
            int made = report.progress().steps() - (before == null ? 0 : before.steps());
            if (made == 1 && watchable) watched.set(report.progress().last());
        }
        // The window gets three times what it took to draw this for input and frames before the next.
        loop.quietFor(QUIET_FACTOR * (System.nanoTime() - start));
    }

    private void forget() {
        loop.reset();
        running.set(false);
        underWay = null;
        progress.set(null);
        watched.set(null);
    }

    private SettingsText text() {
        return new SettingsText(rate.get(), batch.get(), steps.get(), seed.get());
    }

    private void fill(TrainingHint hint) {
        SettingsText text = SettingsText.of(hint);
        rate.set(text.rate());
        batch.set(text.batch());
        steps.set(text.steps());
        seed.set(text.seed());
    }
}
