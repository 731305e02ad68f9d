package studio.backprop.ui.variables;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * One input in the Variables panel: its name, its value, the range of its slider, and whether its
 * value is only assumed: the program gives it none and the student has not set one yet.
 */
public final class VariableRow {

    private final String name;
    private final DoubleProperty value;
    private final ReadOnlyDoubleWrapper min = new ReadOnlyDoubleWrapper(this, "min");
    private final ReadOnlyDoubleWrapper max = new ReadOnlyDoubleWrapper(this, "max");
    private final ReadOnlyBooleanWrapper assumed;

    VariableRow(String name, double initial, boolean assumed) {
        this.name = name;
        this.value = new SimpleDoubleProperty(this, "value", initial);
        this.assumed = new ReadOnlyBooleanWrapper(this, "assumed", assumed);
        fitRangeTo(initial);
        // Once the student gives a value, it is no longer assumed.
        value.addListener((observable, before, now) -> this.assumed.set(false));
        // A value typed outside the slider's range widens the range; dragging never does.
        value.addListener((observable, before, now) -> {
            if (!new SliderRange(min.get(), max.get()).contains(now.doubleValue())) {
                fitRangeTo(now.doubleValue());
            }
        });
    }

    public String name() {
        return name;
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    public double value() {
        return value.get();
    }

    public void setValue(double newValue) {
        value.set(newValue);
    }

    /** True while the value is the panel's default for an input the program gives no value. */
    public ReadOnlyBooleanProperty assumedProperty() {
        return assumed.getReadOnlyProperty();
    }

    public boolean isAssumed() {
        return assumed.get();
    }

    public ReadOnlyDoubleProperty minProperty() {
        return min.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty maxProperty() {
        return max.getReadOnlyProperty();
    }

    private void fitRangeTo(double around) {
        SliderRange range = SliderRange.around(around);
        min.set(range.min());
        max.set(range.max());
    }
}
