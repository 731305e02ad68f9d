package studio.backprop.ui.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import studio.backprop.expr.FunctionNames;
import studio.backprop.io.ExampleCatalog;
import studio.backprop.io.FileProblem;
import studio.backprop.io.ProgramFiles;
import studio.backprop.ui.StudioPreferences;
import studio.backprop.ui.examples.ExampleGallery;

/**
 * New, Open, Save and the rest, with the questions they need: work is never replaced or closed
 * without asking first, and a file that cannot be read leaves what is on screen untouched.
 */
public final class DocumentActions {

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    private final Stage stage;
    private final DocumentViewModel document;
    private final StudioPreferences preferences;
    private final FileDialogs dialogs;

    public DocumentActions(Stage stage, DocumentViewModel document, StudioPreferences preferences, FileDialogs dialogs) {
        this.stage = stage;
        this.document = document;
        this.preferences = preferences;
        this.dialogs = dialogs;
    }

    public void newProgram() {
        if (mayReplace()) document.untitled("Untitled", "");
    }

    public void openWithChooser() {
        if (!mayReplace()) return;
        dialogs.chooseToOpen(stage, document.fileProperty().get()).ifPresent(this::openUnchecked);
    }

    /** Opens a file, asking first if there is unsaved work; false if nothing was opened. */
    public boolean open(Path file) {
        return mayReplace() && openUnchecked(file);
    }

    public void openExample(ExampleCatalog.Example example) {
        if (mayReplace()) document.untitled(example.title(), example.source());
    }

    public void showExamples() {
        new ExampleGallery(stage, this::openExample).show();
    }

    /** Saves to the current file, or asks where if there is none; false if nothing was saved. */
    public boolean save() {
        Path file = document.fileProperty().get();
        return file == null ? saveAs() : write(file);
    }

    public boolean saveAs() {
        Path current = document.fileProperty().get();
        Optional<Path> chosen = dialogs.chooseToSave(stage, current,
                current == null ? "program.cgraph" : current.getFileName().toString());
        if (chosen.isEmpty()) return false;
        Path path = chosen.get();
        if (!path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + ".cgraph");
        }
        return write(path);
    }

    public void quit() {
        if (mayClose()) stage.close();
    }

    /** For the window's close button: true if the window may close now. */
    public boolean mayClose() {
        return mayReplace();
    }

    public List<Path> recentFiles() {
        return preferences.recentFiles();
    }

    public void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    public void showLanguageHelp() {
        Alert help = new Alert(Alert.AlertType.INFORMATION);
        help.initOwner(stage);
        help.setTitle("The language");
        help.setHeaderText("Write one step per line; the last line is the output J.");
        help.setContentText("""
                a = 5            a name set to a number is an input
                u = b*c          any other line defines a node
                3*(a + b*c)      a bare expression is the output J
                Operators: + - * / ^ (or **).  2b and 3(a+b) multiply.
                Functions: %s
                Constants: e, pi or π.  Comments start with #.
                Full reference: docs/language.md""".formatted(String.join(" ", FunctionNames.all())));
        help.show();
    }

    private boolean openUnchecked(Path file) {
        try {
            String text = ProgramFiles.read(file);
            document.opened(file, text);
            preferences.addRecentFile(file);
            preferences.flush();
            return true;
        } catch (FileProblem problem) {
            error("Could not open " + file.getFileName(), sentence(problem) + "\nWhat was on screen is unchanged.");
            return false;
        }
    }

    private boolean write(Path file) {
        String text = document.textToSave();
        try {
            ProgramFiles.write(file, text);
            document.saved(file, text);
            preferences.addRecentFile(file);
            preferences.flush();
            return true;
        } catch (FileProblem problem) {
            error("Could not save " + file.getFileName(), sentence(problem) + "\nThe program is still open.");
            return false;
        }
    }

    /** Asks what to do with unsaved work; true if it is safe to go on. */
    private boolean mayReplace() {
        if (!document.dirtyProperty().get()) return true;
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DISCARD, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle("Unsaved changes");
        ask.setHeaderText("Save the changes to " + document.nameProperty().get() + "?");
        ask.setContentText("If you don't save, your changes to the program and its values will be lost.");
        ask.getDialogPane().setId("unsaved-changes");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) return false;
        return answer.get() == DISCARD || save();
    }

    /** "Cannot read '/home/ann/lecture.cgraph': the file does not exist." */
    private static String sentence(FileProblem problem) {
        String message = problem.getMessage();
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }

    private void error(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("file-error");
        alert.show();
    }
}
