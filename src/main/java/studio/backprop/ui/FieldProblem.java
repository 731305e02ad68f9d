package studio.backprop.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * What is wrong with what was typed into a field, said in words next to it as well as by the
 * field's red border and tooltip: a red border alone does not say what to type instead.
 */
public final class FieldProblem {

    private final TextField field;
    private final Label label = new Label();

    public FieldProblem(TextField field) {
        this.field = field;
        label.getStyleClass().add("field-problem");
        label.setWrapText(true);
        label.managedProperty().bind(label.visibleProperty());
        label.setVisible(false);
    }

    /** The words, for the caller to place beside or under the field. */
    public Label label() {
        return label;
    }

    /** Says {@code message}, or nothing for null. */
    public void show(String message) {
        field.getStyleClass().remove("invalid");
        if (message != null) field.getStyleClass().add("invalid");
        field.setTooltip(message == null ? null : new Tooltip(message));
        label.setText(message == null ? "" : message);
        label.setVisible(message != null);
    }
}
