package studio.backprop.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import studio.backprop.expr.Numbers;

/**
 * The Variables panel: for every input a value field and a slider. The graph's numbers follow the
 * slider while it is dragged. Clicking a row picks that input for the nudge check.
 */
final class VariablesView extends VBox {

    private final GridPane grid = new GridPane();
    private final StudioModel model;

    VariablesView(StudioModel model) {
        this.model = model;
        getStyleClass().add("variables-panel");
        grid.getStyleClass().add("variables-grid");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints nameColumn = new ColumnConstraints();
        ColumnConstraints fieldColumn = new ColumnConstraints(70, 80, 110);
        ColumnConstraints sliderColumn = new ColumnConstraints();
        sliderColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(nameColumn, fieldColumn, sliderColumn);
        ScrollPane scroller = new ScrollPane(grid);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("variables-scroller");
        VBox.setVgrow(scroller, Priority.ALWAYS);
        getChildren().addAll(EditorView.title("Variables"), scroller);
        model.variables().rows().addListener((ListChangeListener<VariableRow>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        int line = 0;
        for (VariableRow row : model.variables().rows()) {
            Label name = new Label(row.name());
            name.getStyleClass().add("variable-name");
            name.setOnMouseClicked(event -> model.nudge().select(row.name()));
            TextField field = valueField(row);
            Slider slider = slider(row);
            grid.addRow(line++, name, field, slider);
        }
        if (line == 0) {
            Label none = new Label("No inputs yet.");
            none.getStyleClass().add("hint");
            grid.add(none, 0, 0, 3, 1);
        }
    }

    private TextField valueField(VariableRow row) {
        TextField field = new TextField(Numbers.format(row.value()));
        field.setId("value-field-" + row.name());
        field.setAlignment(Pos.CENTER_RIGHT);
        field.getStyleClass().add("variable-field");
        row.valueProperty().addListener((observable, before, now) -> {
            if (!field.isFocused()) field.setText(Numbers.format(now.doubleValue()));
        });
        Runnable commit = () -> {
            try {
                double value = Double.parseDouble(field.getText().strip().replace('−', '-'));
                if (!Double.isFinite(value)) throw new NumberFormatException();
                row.setValue(value);
                field.getStyleClass().remove("invalid");
                field.setTooltip(null);
                field.setText(Numbers.format(value));
            } catch (NumberFormatException e) {
                if (!field.getStyleClass().contains("invalid")) field.getStyleClass().add("invalid");
                field.setTooltip(new Tooltip("'" + field.getText() + "' is not a number. Type one like 2, -0.5 or 1e-3."));
            }
        };
        field.setOnAction(event -> commit.run());
        field.focusedProperty().addListener((observable, before, focused) -> {
            if (focused) model.nudge().select(row.name());
            else commit.run();
        });
        return field;
    }

    private Slider slider(VariableRow row) {
        Slider slider = new Slider();
        slider.setId("slider-" + row.name());
        slider.minProperty().bind(row.minProperty());
        slider.maxProperty().bind(row.maxProperty());
        slider.setValue(row.value());
        slider.setShowTickMarks(true);
        slider.setMajorTickUnit((row.maxProperty().get() - row.minProperty().get()) / 4);
        slider.valueProperty().bindBidirectional(row.valueProperty());
        slider.setOnMousePressed(event -> model.nudge().select(row.name()));
        return slider;
    }
}
