package studio.backprop.ui.variables;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import studio.backprop.ui.StudioModel;
import studio.backprop.ui.editor.EditorView;

/**
 * The Variables panel: for every input a value field and a slider. The graph's numbers follow the
 * slider while it is dragged. Clicking a row picks that input for the nudge check. The list is
 * virtualised, so a network with a thousand weights costs no more than one with three.
 */
public final class VariablesView extends VBox {

    public VariablesView(StudioModel model) {
        getStyleClass().add("variables-panel");
        ListView<VariableRow> list = new ListView<>(model.variables().rows());
        list.setId("variables");
        list.getStyleClass().add("variables-list");
        list.setCellFactory(view -> new VariableCell(model.nudge()));
        list.setFocusTraversable(false);
        Label empty = new Label("No inputs yet.");
        empty.getStyleClass().add("hint");
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(EditorView.title("Variables"), list);
    }
}
