package studio.backprop.ui.document;

import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import studio.backprop.io.FileProblem;

/** The questions and messages of New, Open and Save, each a dialog the tests find by its id. */
final class DocumentQuestions {

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    static final ButtonType REPLACE = new ButtonType("Replace It", ButtonBar.ButtonData.YES);
    static final ButtonType SAVE_AS = new ButtonType("Save As…", ButtonBar.ButtonData.OTHER);

    private final Stage stage;

    DocumentQuestions(Stage stage) {
        this.stage = stage;
    }

    /** Save, Don't Save or Cancel (empty) for unsaved work. */
    Optional<ButtonType> unsavedChanges(String name) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DISCARD, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle("Unsaved changes");
        ask.setHeaderText("Save the changes to " + name + "?");
        ask.setContentText("If you don't save, your changes to the program and its values will be lost.");
        ask.getDialogPane().setId("unsaved-changes");
        return answer(ask);
    }

    /** Replace It, Save As… or Cancel (empty) when the file was written by someone else since. */
    Optional<ButtonType> changedOnDisk(String name) {
        Alert ask = new Alert(Alert.AlertType.WARNING, "", REPLACE, SAVE_AS, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle("Changed on disk");
        ask.setHeaderText(name + " was changed by another window or program since you opened or saved it.");
        ask.setContentText("Replace It writes your version over those changes. Save As… keeps both.");
        ask.getDialogPane().setId("changed-on-disk");
        // Writing over someone else's changes is never what Enter does.
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(REPLACE)).setDefaultButton(false);
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return answer(ask);
    }

    /** Something about a file went wrong: the title says what, the message why. */
    void error(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("file-error");
        alert.show();
    }

    /** "Cannot read '/home/ann/lecture.cgraph': the file does not exist." */
    static String sentence(FileProblem problem) {
        String message = problem.getMessage();
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }

    private static Optional<ButtonType> answer(Alert ask) {
        Optional<ButtonType> answer = ask.showAndWait();
        return answer.isEmpty() || answer.get() == ButtonType.CANCEL ? Optional.empty() : answer;
    }
}
