package studio.backprop.ui.nudge;

import java.util.List;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import studio.backprop.autodiff.Analysis;
import studio.backprop.graph.Node;
import studio.backprop.ui.background.BackgroundWork;

/**
 * The samples behind the slope picture, the h plot and the all-inputs table, for the input the
 * nudge panel has chosen: made in the background whenever the program, its values, the input or
 * h change. A result that comes back after something changed again is dropped, so the plots never
 * show another input's curve.
 */
public final class NudgeFiguresViewModel {

    private final NudgeViewModel nudge;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<NudgeFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    /** Counts requests: only the latest one's result is kept. */
    private long requests;

    public NudgeFiguresViewModel(NudgeViewModel nudge, Executor background, Executor fx) {
        this.nudge = nudge;
        this.background = background;
        this.fx = fx;
        nudge.analysisProperty().addListener((observable, before, now) -> refresh());
        nudge.inputProperty().addListener((observable, before, now) -> refresh());
        nudge.elementProperty().addListener((observable, before, now) -> refresh());
        nudge.hProperty().addListener((observable, before, now) -> refresh());
        refresh();
    }

    /** The current figures, or null while there is no input to nudge (or they are being made for the first time). */
    ReadOnlyObjectProperty<NudgeFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    NudgeViewModel nudge() {
        return nudge;
    }

    /** The table's rows for the current figures, with what the step has not revealed as "?". */
    List<List<String>> rows() {
        NudgeFigures now = figures.get();
        if (now == null) return List.of();
        return InputsTable.rows(now.all(), now.left(), nudge::shows);
    }

    private void refresh() {
        long request = ++requests;
        Analysis analysis = nudge.analysisProperty().get();
        Node input = nudge.inputProperty().get();
        int element = nudge.elementProperty().get();
        double h = nudge.hProperty().get();
        if (analysis == null || input == null || !(h > 0) || Double.isInfinite(h)) {
            figures.set(null);
            return;
        }
        // Choosing an element of another input sets the element, then the input: the pair comes next.
        if (!analysis.graph().inputs().contains(input) || element >= input.shape().size()) return;
        BackgroundWork.run(background, fx, () -> NudgeFigures.of(analysis, input, element, h), made -> {
            if (request == requests) figures.set(made);
        }, BackgroundWork::reportUnexpected);
    }
}
