package studio.backprop.ui.variables;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import studio.backprop.expr.Numbers;
import studio.backprop.ui.FieldProblem;
import studio.backprop.ui.nudge.NudgeViewModel;

/**
 * One row of the Variables panel, reused as the list scrolls: name, value field, slider, and under
 * them, for an input the program gives no value, "no value given, 1 assumed" until one is set.
 * When the panel is too narrow for a usable slider beside the field (large text), the slider goes
 * on a line of its own under them instead of shrinking to a knob.
 */
final class VariableCell extends ListCell<VariableRow> {

    private final NudgeViewModel nudge;
    private final Label name = new Label();
    private final TextField field = new TextField();
    private final Slider slider = new Slider();
    private final HBox row = new HBox(8, name, field, slider);
    private final Label assumed = new Label();
    /** What is wrong with a typed value, under the field. */
    private final FieldProblem problem = new FieldProblem(field);
    private final VBox cell = new VBox(2, row, assumed, problem.label());
    /** The least width, in ems, at which a slider beside the value field is still worth dragging. */
    static final double SLIDER_EMS = 6;
    private VariableRow bound;
    /** True while the slider is moved to show the row's value, which is not a drag. */
    private boolean showing;
    private final ChangeListener<Number> showValue = (observable, before, now) -> {
        if (!field.isFocused()) field.setText(Numbers.format(now.doubleValue()));
        showOnSlider(now.doubleValue());
    };
    /** A drag gives a round value (b = 5.15), which the program then says; a typed value is kept exactly. */
    private final ChangeListener<Number> dragged = (observable, before, now) -> {
        if (bound == null || showing) return;
        double snapped = new SliderRange(slider.getMin(), slider.getMax()).snap(now.doubleValue());
        if (snapped != bound.value()) bound.setValue(snapped);
    };
    private final ChangeListener<Boolean> markAssumed = (observable, before, now) -> markAssumed(now);

    VariableCell(NudgeViewModel nudge) {
        this.nudge = nudge;
        name.getStyleClass().add("variable-name");
        // A name is never cut to "W1…": the slider gives way first.
        name.setMinWidth(Region.USE_PREF_SIZE);
        field.getStyleClass().add("variable-field");
        field.setAlignment(Pos.CENTER_RIGHT);
        field.setPrefColumnCount(6);
        field.setMinWidth(64);
        slider.setShowTickMarks(true);
        slider.setMajorTickUnit(5);
        HBox.setHgrow(slider, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        assumed.getStyleClass().add("assumed-note");
        assumed.setText("no value given, " + Numbers.format(VariablesViewModel.DEFAULT_VALUE) + " assumed");
        assumed.managedProperty().bind(assumed.visibleProperty());
        problem.label().getStyleClass().add("variable-problem");
        // Cells take the list's width instead of their content's, so the slider never scrolls away.
        setPrefWidth(0);
        slider.setMinWidth(60);
        field.setOnAction(event -> commit());
        field.focusedProperty().addListener((observable, before, focused) -> {
            if (focused && bound != null) nudge.select(bound.name());
            else if (!focused) commit();
        });
        slider.setOnMousePressed(event -> select());
        widthProperty().addListener((observable, before, now) -> reflow(now.doubleValue()));
        row.setOnMouseClicked(event -> select());
    }

    @Override
    protected void updateItem(VariableRow item, boolean empty) {
        super.updateItem(item, empty);
        unbind();
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        bound = item;
        name.setText(item.name());
        field.setId("value-field-" + item.name());
        slider.setId("slider-" + item.name());
        field.setText(Numbers.format(item.value()));
        problem.label().setId("problem-" + item.name());
        problem.show(null);
        slider.minProperty().bind(item.minProperty());
        slider.maxProperty().bind(item.maxProperty());
        slider.setMajorTickUnit((item.maxProperty().get() - item.minProperty().get()) / 4);
        showOnSlider(item.value());
        item.valueProperty().addListener(showValue);
        slider.valueProperty().addListener(dragged);
        assumed.setId("assumed-" + item.name());
        markAssumed(item.isAssumed());
        item.assumedProperty().addListener(markAssumed);
        setGraphic(cell);
    }

    private void unbind() {
        if (bound == null) return;
        slider.valueProperty().removeListener(dragged);
        slider.minProperty().unbind();
        slider.maxProperty().unbind();
        bound.valueProperty().removeListener(showValue);
        bound.assumedProperty().removeListener(markAssumed);
        bound = null;
    }

    /** The slider beside the field if it gets at least {@value #SLIDER_EMS} em there, otherwise under it. */
    private void reflow(double width) {
        double em = field.getFont().getSize();
        double beside = width - snappedLeftInset() - snappedRightInset() - name.prefWidth(-1) - field.prefWidth(-1)
                - 2 * row.getSpacing();
        boolean under = beside < SLIDER_EMS * em;
        if (under == cell.getChildren().contains(slider)) return;
        if (under) {
            row.getChildren().remove(slider);
            cell.getChildren().add(1, slider);
        } else {
            cell.getChildren().remove(slider);
            row.getChildren().add(slider);
        }
    }

    private void showOnSlider(double value) {
        showing = true;
        try {
            slider.setValue(value);
        } finally {
            showing = false;
        }
    }

    private void markAssumed(boolean isAssumed) {
        assumed.setVisible(isAssumed);
        field.getStyleClass().remove("assumed");
        if (isAssumed) field.getStyleClass().add("assumed");
    }

    private void select() {
        if (bound != null) nudge.select(bound.name());
    }

    private void commit() {
        if (bound == null) return;
        try {
            double value = Double.parseDouble(field.getText().strip().replace('−', '-'));
            if (!Double.isFinite(value)) throw new NumberFormatException();
            bound.setValue(value);
            problem.show(null);
            field.setText(Numbers.format(value));
        } catch (NumberFormatException e) {
            problem.show("'" + field.getText() + "' is not a number. Type one like 2, -0.5 or 1e-3.");
        }
    }
}
