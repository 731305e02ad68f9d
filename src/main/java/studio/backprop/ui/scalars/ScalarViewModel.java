package studio.backprop.ui.scalars;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.InputValues;
import studio.backprop.autodiff.ScalarViewCheck;
import studio.backprop.ui.editor.Compiled;

/**
 * The scalar view toggle and its banner. When it is on, a vector or matrix program is drawn
 * exploded into scalars, and every time its numbers change both views are run and compared: the
 * banner says how many numbers agree, or, in red, which one does not, and then the graph is not
 * shown at all, since one of the two views is wrong and the student cannot tell which.
 */
public final class ScalarViewModel {

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final IntegerProperty outputElement = new SimpleIntegerProperty(this, "outputElement");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "");
    private final ReadOnlyBooleanWrapper disagrees = new ReadOnlyBooleanWrapper(this, "disagrees");
    private final ReadOnlyIntegerWrapper outputSize = new ReadOnlyIntegerWrapper(this, "outputSize", 1);

    /** Whether vector and matrix programs are drawn as scalars. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Which element of a vector output the scalar view runs backward from, row by row from 0. */
    public IntegerProperty outputElementProperty() {
        return outputElement;
    }

    /** How many elements the current program's output has: above 1, the banner offers a choice. */
    public ReadOnlyIntegerProperty outputSizeProperty() {
        return outputSize.getReadOnlyProperty();
    }

    /** What the scalar view shows and whether it agrees with the tensor view; empty when it is off. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** The two views gave different numbers: the banner says which, and the graph is hidden. */
    public ReadOnlyBooleanProperty disagreesProperty() {
        return disagrees.getReadOnlyProperty();
    }

    /** The element to ask the pipeline for, or -1 for the tensor view. */
    public int requestedOutput() {
        return enabled.get() ? Math.max(0, outputElement.get()) : -1;
    }

    /**
     * Both passes on the graph drawn at {@code values}, the inputs of the program as written; in
     * the scalar view also on the program as written, to compare.
     */
    public Analysis analyse(Compiled compiled, InputValues values) {
        outputSize.set(compiled.written().output().shape().size());
        if (compiled.scalarView() == null) {
            show("", false);
            return Analysis.of(values);
        }
        if (!compiled.showsScalarView()) {
            show(compiled.scalarView().note(), false);
            return Analysis.of(values);
        }
        Analysis tensors = Analysis.of(values, compiled.scalarView().outputElement());
        ScalarViewCheck check = ScalarViewCheck.of(tensors, compiled.graph());
        if (check.agrees()) {
            show(compiled.scalarView().note() + " It agrees with the tensor view on all " + check.compared()
                    + " numbers compared (the output and every input element's gradient).", false);
        } else {
            show("The scalar view and the tensor view disagree: " + check.disagreement()
                    + ". Neither is shown, since one of them is wrong. Please report this program.", true);
        }
        return check.scalars();
    }

    private void show(String text, boolean wrong) {
        disagrees.set(wrong);
        banner.set(text);
    }
}
