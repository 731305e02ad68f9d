package studio.backprop.ui.nudge;

import java.util.Locale;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.Nudge;
import studio.backprop.autodiff.NudgeCheck;
import studio.backprop.autodiff.NudgeDiagnosis;
import studio.backprop.expr.Numbers;
import studio.backprop.graph.Node;

/**
 * The nudge panel: the course's finite-difference check for one input, next to backprop.
 *
 * <pre>
 * a: 5 → 5.001, J: 33 → 33.003, ΔJ/Δa = 0.003 / 0.001 = 3
 * backprop: dJ/da = dJ/dv · ∂v/∂a = 3 · 1 = 3
 * </pre>
 *
 * When a new program arrives the same input stays selected if it still exists, otherwise the
 * first input.
 */
public final class NudgeViewModel {

    private final ObjectProperty<Analysis> analysis = new SimpleObjectProperty<>(this, "analysis");
    private final ReadOnlyObjectWrapper<Node> input = new ReadOnlyObjectWrapper<>(this, "input");
    private final DoubleProperty h = new SimpleDoubleProperty(this, "h", NudgeCheck.DEFAULT_H);
    private final ReadOnlyStringWrapper nudgeLine = new ReadOnlyStringWrapper(this, "nudgeLine", "");
    private final ReadOnlyStringWrapper backpropLine = new ReadOnlyStringWrapper(this, "backpropLine", "");
    private final ReadOnlyStringWrapper centralLine = new ReadOnlyStringWrapper(this, "centralLine", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyBooleanWrapper agrees = new ReadOnlyBooleanWrapper(this, "agrees", true);
    private final ReadOnlyObjectWrapper<Nudge> nudge = new ReadOnlyObjectWrapper<>(this, "nudge");

    public NudgeViewModel() {
        analysis.addListener((observable, before, now) -> {
            String selected = input.get() == null ? null : input.get().label();
            input.set(now == null ? null : now.graph().input(selected)
                    .orElse(now.graph().inputs().isEmpty() ? null : now.graph().inputs().get(0)));
            update();
        });
        input.addListener((observable, before, now) -> update());
        h.addListener((observable, before, now) -> update());
    }

    public ObjectProperty<Analysis> analysisProperty() {
        return analysis;
    }

    public ReadOnlyObjectProperty<Node> inputProperty() {
        return input.getReadOnlyProperty();
    }

    /** Selects an input of the current program by name; other names are ignored. */
    public void select(String name) {
        if (analysis.get() != null) {
            analysis.get().graph().input(name).ifPresent(input::set);
        }
    }

    /** The nudge size; only positive finite values are accepted. */
    public DoubleProperty hProperty() {
        return h;
    }

    public ReadOnlyObjectProperty<Nudge> nudgeProperty() {
        return nudge.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nudgeLineProperty() {
        return nudgeLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty backpropLineProperty() {
        return backpropLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty centralLineProperty() {
        return centralLine.getReadOnlyProperty();
    }

    /** "The nudge agrees with backprop." or why it does not. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty agreesProperty() {
        return agrees.getReadOnlyProperty();
    }

    private void update() {
        Analysis current = analysis.get();
        Node x = input.get();
        if (current == null || x == null || !(h.get() > 0) || Double.isInfinite(h.get())) {
            clear(current != null && current.graph().inputs().isEmpty()
                    ? "This program has no inputs to nudge." : "Click an input to nudge it.");
            return;
        }
        Nudge result = NudgeCheck.of(current.gradients(), x, h.get());
        String j = current.graph().output().label();
        String name = x.label();
        nudge.set(result);
        nudgeLine.set(name + ": " + Numbers.format(result.x()) + " → " + Numbers.format(result.x() + result.h())
                + ", " + j + ": " + Numbers.format(result.j()) + " → " + Numbers.format(result.jPlus())
                + ", Δ" + j + "/Δ" + name + " = " + Numbers.format(result.deltaJ()) + " / " + Numbers.format(result.h())
                + " = " + Numbers.format(result.forward()));
        backpropLine.set("backprop: " + current.gradients().step(x).derivativeFormula(j));
        centralLine.set("central difference: (" + j + "(" + name + "+h) − " + j + "(" + name + "−h)) / 2h = "
                + Numbers.format(result.central()) + ", relative error "
                + String.format(Locale.ROOT, "%.1e", result.relativeError()));
        agrees.set(NudgeDiagnosis.agrees(result));
        boolean comparable = Double.isFinite(result.j()) && Double.isFinite(result.analytic());
        verdict.set(NudgeDiagnosis.explain(current.gradients(), result)
                .map(reason -> (comparable ? "They disagree. " : "They cannot be compared. ") + reason)
                .orElse("The nudge agrees with backprop."));
    }

    private void clear(String message) {
        nudge.set(null);
        nudgeLine.set(message);
        backpropLine.set("");
        centralLine.set("");
        verdict.set("");
        agrees.set(true);
    }
}
