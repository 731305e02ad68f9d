package studio.backprop.ui.jacobian;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A Jacobian over the window, the way a teacher would write it on the board: an edge's local
 * Jacobian when the edge is clicked, or the output's Jacobian with its chain rule from the Teach
 * menu. Closed with a click or Esc, like the list of keys.
 */
public final class JacobianOverlay extends StackPane {

    private final Label title = new Label();
    private final Label matrix = new Label();

    public JacobianOverlay() {
        setId("jacobian-overlay");
        getStyleClass().add("shortcut-overlay");
        title.getStyleClass().add("shortcut-title");
        title.setId("jacobian-title");
        matrix.getStyleClass().add("jacobian-text");
        matrix.setId("jacobian-text");
        ScrollPane scroller = new ScrollPane(matrix);
        scroller.getStyleClass().add("jacobian-scroller");
        scroller.setFitToWidth(true);
        Label hint = new Label("Click anywhere or press Esc to close.");
        hint.getStyleClass().add("hint");
        VBox card = new VBox(12, title, scroller, hint);
        card.getStyleClass().add("shortcut-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        setVisible(false);
        setOnMouseClicked(event -> setVisible(false));
    }

    public void show(String heading, String text) {
        title.setText(heading);
        matrix.setText(text);
        setVisible(true);
    }

    /** What is on show, for tests and for reading aloud. */
    public String text() {
        return isVisible() ? matrix.getText() : null;
    }
}
