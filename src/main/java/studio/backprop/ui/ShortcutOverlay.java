package studio.backprop.ui;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The list of keys, over the window, opened with ? or F1 and closed with any click or the same key. */
final class ShortcutOverlay extends StackPane {

    static final List<String[]> KEYS = List.of(
            new String[] {"Page Down, →, ↓", "Step forward (in reveal mode: reveal the next number first)"},
            new String[] {"Page Up, ←, ↑", "Step back"},
            new String[] {"Space", "Play / pause"},
            new String[] {"Home / End", "Back to the start / jump to the end of the backward pass"},
            new String[] {"R", "Reveal mode on/off: numbers stay \"?\" until revealed"},
            new String[] {"Click a node", "Reveal its numbers (reveal mode); pick an input, or a cell of one, for the nudge check"},
            new String[] {"Click an edge", "Its local Jacobian"},
            new String[] {"Ctrl + J", "The output's Jacobian, with the Jacobian chain rule"},
            new String[] {"Ctrl + Shift + X", "Scalar view: every element of a vector or matrix a node"},
            new String[] {"B or .", "Blank the screen / show it again"},
            new String[] {"F5", "Presentation layout: graph and caption fill the screen"},
            new String[] {"N", "The nudge check under the graph in the presentation layout"},
            new String[] {"F11", "Full screen"},
            new String[] {"Ctrl + =  /  Ctrl + −", "Larger / smaller text (Ctrl + 0 resets)"},
            new String[] {"F, or the Fit button", "Fit the graph to the window"},
            new String[] {"C", "Follow camera on/off: a graph too big for its numbers goes step by step"},
            new String[] {"+ / − on the graph, mouse wheel", "Zoom; drag to pan"},
            new String[] {"Ctrl + E", "Export the graph for slides"},
            new String[] {"Ctrl + Shift + C", "Copy the graph as an image"},
            new String[] {"Ctrl + N, O, S", "New, Open, Save (Ctrl + Shift + S: Save As)"},
            new String[] {"Esc", "Close a Jacobian; leave the editor, the blank screen or the presentation layout"},
            new String[] {"? or F1", "Show or hide this list"});

    ShortcutOverlay() {
        setId("shortcut-overlay");
        getStyleClass().add("shortcut-overlay");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        int row = 0;
        for (String[] key : KEYS) {
            Label keys = new Label(key[0]);
            keys.getStyleClass().add("shortcut-key");
            Label meaning = new Label(key[1]);
            meaning.getStyleClass().add("shortcut-meaning");
            grid.addRow(row++, keys, meaning);
        }
        Label title = new Label("Keyboard and clicker");
        title.getStyleClass().add("shortcut-title");
        Label hint = new Label("Press ? or click anywhere to close.");
        hint.getStyleClass().add("hint");
        VBox card = new VBox(12, title, grid, hint);
        card.getStyleClass().add("shortcut-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        setVisible(false);
        setOnMouseClicked(event -> setVisible(false));
    }

    void toggle() {
        setVisible(!isVisible());
    }
}
