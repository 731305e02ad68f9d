package studio.backprop.ui.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import studio.backprop.expr.FunctionNames;
import studio.backprop.io.ExampleCatalog;
import studio.backprop.io.FileProblem;
import studio.backprop.io.ProgramFiles;
import studio.backprop.ui.StudioPreferences;
import studio.backprop.ui.background.BackgroundWork;
import studio.backprop.ui.examples.ExampleGallery;

/**
 * New, Open, Save and the rest, with the questions they need: work is never replaced or closed
 * without asking first, a file that cannot be read leaves what is on screen untouched, and a file
 * someone else wrote since it was opened is not overwritten without asking. Files are read and
 * written on the {@code files} executor, never on the FX thread, so a big program or a slow disk
 * cannot freeze the window; each action says when it is done through a callback on the FX thread.
 */
public final class DocumentActions {

    public static final ButtonType DISCARD = DocumentQuestions.DISCARD;

    private final Stage stage;
    private final DocumentViewModel document;
    private final StudioPreferences preferences;
    private final FileDialogs dialogs;
    private final DocumentQuestions questions;
    private final Executor files;
    private final Executor fx;
    /** Saves run one after another: a second Ctrl+S waits for the first, which it would otherwise mistake for someone else's. */
    private boolean saving;
    private final List<Runnable> afterSave = new ArrayList<>();

    public DocumentActions(Stage stage, DocumentViewModel document, StudioPreferences preferences, FileDialogs dialogs,
                           Executor files, Executor fx) {
        this.stage = stage;
        this.document = document;
        this.preferences = preferences;
        this.dialogs = dialogs;
        this.questions = new DocumentQuestions(stage);
        this.files = files;
        this.fx = fx;
    }

    public void newProgram() {
        whenMayReplace(() -> document.untitled("Untitled", ""));
    }

    public void openWithChooser() {
        whenMayReplace(() -> dialogs.chooseToOpen(stage, document.fileProperty().get())
                .ifPresent(file -> read(file, opened -> { })));
    }

    /** Opens a file, asking first if there is unsaved work. */
    public void open(Path file) {
        open(file, opened -> { });
    }

    /** Opens a file, asking first if there is unsaved work; {@code done} hears whether it was opened. */
    public void open(Path file, Consumer<Boolean> done) {
        whenMayReplace(() -> read(file, done), () -> done.accept(false));
    }

    public void openExample(ExampleCatalog.Example example) {
        whenMayReplace(() -> document.untitled(example.title(), example.source()));
    }

    public void showExamples() {
        new ExampleGallery(stage, this::openExample).show();
    }

    public void save() {
        save(saved -> { });
    }

    /** Saves to the current file, or asks where if there is none; {@code done} hears whether it was saved. */
    public void save(Consumer<Boolean> done) {
        Path file = document.fileProperty().get();
        if (file == null) saveAs(done);
        else write(file, done);
    }

    public void saveAs() {
        saveAs(saved -> { });
    }

    public void saveAs(Consumer<Boolean> done) {
        Path current = document.fileProperty().get();
        Optional<Path> chosen = dialogs.chooseToSave(stage, current,
                current == null ? "program.cgraph" : DocumentViewModel.displayName(current));
        if (chosen.isEmpty()) {
            done.accept(false);
            return;
        }
        Path path = chosen.get();
        if (path.getFileName() != null && !path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + ".cgraph");
        }
        write(path, done);
    }

    /** File → Quit: as closing the window, asking first about unsaved work. */
    public void quit() {
        whenMayClose(stage::close);
    }

    /** Runs {@code close} once unsaved work has been saved or given up; not at all if the student cancels. */
    public void whenMayClose(Runnable close) {
        whenMayReplace(close);
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

    private void read(Path file, Consumer<Boolean> done) {
        BackgroundWork.run(files, fx, () -> ProgramFiles.read(file), content -> {
            document.opened(file, content);
            remember(file, done);
        }, failure -> failed("Could not open ", file, "What was on screen is unchanged.", failure, done));
    }

    private void write(Path file, Consumer<Boolean> done) {
        if (saving) {
            afterSave.add(() -> write(file, done));
            return;
        }
        saving = true;
        String text = document.textToSave();
        String sourceWhenSaved = document.sourceNow();
        String content = document.fileText(text);
        // Only a file this window read or wrote can have been changed behind its back.
        String expected = file.equals(document.fileProperty().get()) ? document.onDisk() : null;
        BackgroundWork.run(files, fx, () -> SaveOutcome.write(file, content, expected), outcome -> {
            saveFinished();
            if (outcome == SaveOutcome.CHANGED_ON_DISK) {
                askAboutChangedFile(file, done);
                return;
            }
            document.saved(file, text, sourceWhenSaved);
            remember(file, done);
        }, failure -> {
            saveFinished();
            failed("Could not save ", file, "The program is still open.", failure, done);
        });
    }

    private void remember(Path file, Consumer<Boolean> done) {
        preferences.addRecentFile(file);
        preferences.flush();
        done.accept(true);
    }

    /** A file that cannot be read or written is said in a dialog; anything else is a bug for the error dialog. */
    private void failed(String what, Path file, String afterwards, Throwable failure, Consumer<Boolean> done) {
        if (failure instanceof FileProblem problem) {
            questions.error(what + DocumentViewModel.displayName(file), DocumentQuestions.sentence(problem) + "\n" + afterwards);
        } else {
            BackgroundWork.reportUnexpected(failure);
        }
        done.accept(false);
    }

    private void askAboutChangedFile(Path file, Consumer<Boolean> done) {
        Optional<ButtonType> answer = questions.changedOnDisk(DocumentViewModel.displayName(file));
        if (answer.isEmpty()) {
            done.accept(false);
        } else if (answer.get() == DocumentQuestions.REPLACE) {
            document.forgetDisk();
            write(file, done);
        } else {
            saveAs(done);
        }
    }

    private void saveFinished() {
        saving = false;
        if (!afterSave.isEmpty()) afterSave.remove(0).run();
    }

    private void whenMayReplace(Runnable proceed) {
        whenMayReplace(proceed, () -> { });
    }

    /** Asks what to do with unsaved work; runs {@code proceed} once it is safe to go on, {@code otherwise} if not. */
    private void whenMayReplace(Runnable proceed, Runnable otherwise) {
        if (!document.dirtyProperty().get()) {
            proceed.run();
            return;
        }
        Optional<ButtonType> answer = questions.unsavedChanges(document.nameProperty().get());
        if (answer.isEmpty()) {
            otherwise.run();
        } else if (answer.get() == DISCARD) {
            proceed.run();
        } else {
            save(saved -> (saved ? proceed : otherwise).run());
        }
    }
}
