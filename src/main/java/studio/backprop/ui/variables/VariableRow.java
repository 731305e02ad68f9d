package studio.backprop.ui.variables;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/** One input in the Variables panel: its name, its value, and the range of its slider. */
public final class VariableRow {

    private final String name;
    private final DoubleProperty value;
    private final ReadOnlyDoubleWrapper min = new ReadOnlyDoubleWrapper(this, "min");
    private final ReadOnlyDoubleWrapper max = new ReadOnlyDoubleWrapper(this, "max");

    VariableRow(String name, double initial) {
        this.name = name;
        this.value = new SimpleDoubleProperty(this, "value", initial);
        fitRangeTo(initial);
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
