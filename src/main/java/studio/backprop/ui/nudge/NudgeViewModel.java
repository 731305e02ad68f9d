package studio.backprop.ui.nudge;

import java.util.Locale;
import java.util.function.Predicate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.ChainPaths;
import studio.backprop.autodiff.Jacobians;
import studio.backprop.autodiff.Nudge;
import studio.backprop.autodiff.NudgeCheck;
import studio.backprop.autodiff.NudgeDiagnosis;
import studio.backprop.autodiff.OutputAlong;
import studio.backprop.expr.Numbers;
import studio.backprop.graph.Node;
import studio.backprop.graph.ScalarExpansion;
import studio.backprop.tensor.Tensor;
import studio.backprop.tensor.TensorText;

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
 *
 * <p>Backprop's side is shown only once the backward pass has reached the input at the current
 * step, and in reveal mode only once its dvar is revealed ({@link #gradientShownProperty()}): the
 * panel never tells the class an answer the graph still writes as "?". In reveal mode the nudge is
 * held back too ({@link #guessingProperty()}), since ΔJ/Δc = 9 is the answer to "what is dc?".
 */
public final class NudgeViewModel {

    private final ObjectProperty<Analysis> analysis = new SimpleObjectProperty<>(this, "analysis");
    private final ReadOnlyObjectWrapper<Node> input = new ReadOnlyObjectWrapper<>(this, "input");
    private final ReadOnlyIntegerWrapper element = new ReadOnlyIntegerWrapper(this, "element");
    private final DoubleProperty h = new SimpleDoubleProperty(this, "h", NudgeCheck.DEFAULT_H);
    private final ReadOnlyStringWrapper nudgeLine = new ReadOnlyStringWrapper(this, "nudgeLine", "");
    private final ReadOnlyStringWrapper backpropLine = new ReadOnlyStringWrapper(this, "backpropLine", "");
    private final ReadOnlyStringWrapper chainLine = new ReadOnlyStringWrapper(this, "chainLine", "");
    private final ReadOnlyStringWrapper centralLine = new ReadOnlyStringWrapper(this, "centralLine", "");
    private final ReadOnlyStringWrapper columnLine = new ReadOnlyStringWrapper(this, "columnLine", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyBooleanWrapper agrees = new ReadOnlyBooleanWrapper(this, "agrees", true);
    private final ReadOnlyObjectWrapper<Nudge> nudge = new ReadOnlyObjectWrapper<>(this, "nudge");
    private final ObjectProperty<Predicate<Node>> gradientShown = new SimpleObjectProperty<>(this, "gradientShown", node -> true);
    private final BooleanProperty guessing = new SimpleBooleanProperty(this, "guessing");
    private final ReadOnlyBooleanWrapper answerShown = new ReadOnlyBooleanWrapper(this, "answerShown", true);

    public NudgeViewModel() {
        analysis.addListener((observable, before, now) -> {
            String selected = input.get() == null ? null : ScalarExpansion.elementName(input.get(), element.get());
            if (now == null || !choose(now, selected)) {
                pick(0, now == null || now.graph().inputs().isEmpty() ? null : now.graph().inputs().get(0));
            }
            update();
        });
        h.addListener((observable, before, now) -> update());
        gradientShown.addListener((observable, before, now) -> update());
        guessing.addListener((observable, before, now) -> update());
    }

    /** Whether the passes have shown a node's dvar at the current step (and reveal mode has revealed it). */
    public ObjectProperty<Predicate<Node>> gradientShownProperty() {
        return gradientShown;
    }

    /** Reveal mode: the class guesses, so the nudge too waits until the input's dvar is revealed. */
    public BooleanProperty guessingProperty() {
        return guessing;
    }

    /** Whether backprop's derivative of the chosen input is shown now. */
    public ReadOnlyBooleanProperty answerShownProperty() {
        return answerShown.getReadOnlyProperty();
    }

    /** Whether {@code node}'s derivative may be shown now; the nudge's only outside reveal mode. */
    public boolean shows(Node node, boolean nudged) {
        boolean reached = gradientShown.get() == null || gradientShown.get().test(node);
        return nudged ? reached || !guessing.get() : reached;
    }

    public ObjectProperty<Analysis> analysisProperty() {
        return analysis;
    }

    public ReadOnlyObjectProperty<Node> inputProperty() {
        return input.getReadOnlyProperty();
    }

    /** Which element of a vector or matrix input is nudged, row by row from 0; 0 for a scalar. */
    public ReadOnlyIntegerProperty elementProperty() {
        return element.getReadOnlyProperty();
    }

    /**
     * Selects an input of the current program by name, "a", or one element of a vector or
     * matrix input as the scalar view names it, "W1[3,2]"; other names are ignored. A whole
     * tensor's name selects its first element.
     */
    public void select(String name) {
        if (analysis.get() != null && choose(analysis.get(), name)) update();
    }

    /** Selects one element of a tensor input, as a click on its cell does. */
    public void select(Node tensorInput, int index) {
        if (analysis.get() != null && analysis.get().graph().inputs().contains(tensorInput)
                && index >= 0 && index < tensorInput.shape().size()) {
            pick(index, tensorInput);
            update();
        }
    }

    private boolean choose(Analysis current, String name) {
        if (name == null) return false;
        return OutputAlong.named(current.gradients(), name).map(along -> {
            pick(along.element(), along.input());
            return true;
        }).orElse(false);
    }

    private void pick(int index, Node chosen) {
        element.set(index);
        input.set(chosen);
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

    /** The chain rule along every path from the input to J: dJ/db = ∂J/∂v · ∂v/∂u · ∂u/∂b = 3 · 1 · c = 3c = 6. */
    public ReadOnlyStringProperty chainLineProperty() {
        return chainLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty centralLineProperty() {
        return centralLine.getReadOnlyProperty();
    }

    /**
     * For a vector output: the nudge moves every output element, and Δf/Δx is a column of the
     * Jacobian, beside that column from backprop. Empty for a number J.
     */
    public ReadOnlyStringProperty columnLineProperty() {
        return columnLine.getReadOnlyProperty();
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
        Nudge result = NudgeCheck.of(current.gradients(), x, element.get(), h.get());
        String j = outputName(current);
        String name = result.name();
        boolean known = shows(x, false);
        nudge.set(result);
        answerShown.set(known);
        if (!shows(x, true)) {
            lines("Reveal d" + name + " first: the nudge would give it away.", "");
            return;
        }
        String nudged = name + ": " + Numbers.format(result.x()) + " → " + Numbers.format(result.x() + result.h())
                + ", " + j + ": " + Numbers.format(result.j()) + " → " + Numbers.format(result.jPlus())
                + ", Δ" + j + "/Δ" + name + " = " + Numbers.format(result.deltaJ()) + " / " + Numbers.format(result.h())
                + " = " + Numbers.format(result.forward());
        if (!known) {
            lines(nudged, "backprop: d" + j + "/d" + name + " = ?  The backward pass has not reached " + x.label()
                    + " yet: step on, or press End, to compare.");
            return;
        }
        nudgeLine.set(nudged);
        backpropLine.set("backprop: " + current.gradients().step(x).derivativeFormula(j, element.get()));
        String paths = ChainPaths.of(current.gradients(), x);
        chainLine.set(paths.isEmpty() ? "" : "along every path: " + paths);
        centralLine.set("central difference: (" + j + "(" + name + "+h) − " + j + "(" + name + "−h)) / 2h = "
                + Numbers.format(result.central()) + ", relative error "
                + String.format(Locale.ROOT, "%.1e", result.relativeError()));
        columnLine.set(column(current, x, element.get(), h.get()));
        agrees.set(NudgeDiagnosis.agrees(result));
        boolean comparable = Double.isFinite(result.j()) && Double.isFinite(result.analytic());
        verdict.set(NudgeDiagnosis.explain(current.gradients(), result)
                .map(reason -> (comparable ? "They disagree. " : "They cannot be compared. ") + reason)
                .orElse("The nudge agrees with backprop."));
    }

    private static String column(Analysis current, Node x, int index, double h) {
        Node output = current.graph().output();
        if (output.shape().isScalar()) return "";
        double[] nudged = NudgeCheck.column(current.evaluation(), x, index, h);
        double[][] jacobian = Jacobians.of(current.evaluation(), output, x);
        double[] exact = new double[jacobian.length];
        for (int i = 0; i < exact.length; i++) exact[i] = jacobian[i][index];
        String f = output.label();
        String name = ScalarExpansion.elementName(x, index);
        return "Every output element moves: Δ" + f + "/Δ" + name + " = " + TensorText.of(Tensor.vector(nudged))
                + "; its column of the Jacobian from backprop, ∂" + f + "/∂" + name + " = " + TensorText.of(Tensor.vector(exact));
    }

    /** J, or for a vector output the element the backward pass started from, f[2]. */
    private static String outputName(Analysis current) {
        return ScalarExpansion.elementName(current.graph().output(), current.gradients().seed());
    }

    private void clear(String message) {
        nudge.set(null);
        answerShown.set(true);
        lines(message, "");
    }

    private void lines(String nudged, String backprop) {
        nudgeLine.set(nudged);
        backpropLine.set(backprop);
        chainLine.set("");
        centralLine.set("");
        columnLine.set("");
        verdict.set("");
        agrees.set(true);
    }
}
