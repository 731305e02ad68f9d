package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import studio.backprop.expr.Span;

/**
 * Files that are not what they seem, and saves that could lose someone's work: Windows line
 * endings, a file another window saved meanwhile, a folder that was removed, and quitting from the
 * menu. Saving and opening go through the files thread, so each flow waits for its outcome.
 */
@ExtendWith(ApplicationExtension.class)
class FileSafetyFlowTest {

    private final ClassroomFlowTest.AnsweringDialogs dialogs = new ClassroomFlowTest.AnsweringDialogs();
    private final Preferences node = Preferences.userRoot().node("/studio/backprop/test/" + UUID.randomUUID());
    private Studio studio;
    private Stage stage;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        studio = Studio.open(stage, StudioOptions.instant(), new StudioPreferences(node), dialogs, 1280, 800);
        stage.show();
    }

    @AfterAll
    static void forgetPreferences() {
        TestPreferences.removeAll();
    }

    private void open(FxRobot robot, Path file) {
        robot.interact(() -> studio.actions.open(file));
        FxWait.until(() -> file.equals(studio.document.fileProperty().get()) && !studio.model.busyProperty().get());
    }

    @Test
    void aWindowsFileIsUnderlinedWhereTheMistakeIsAndKeepsItsLineEndingsWhenSaved(FxRobot robot) throws IOException {
        Path file = Files.writeString(folder.resolve("windows.cgraph"), "a = 5\r\nb = 3\r\n# a comment\r\nJ = a*sigmod(b)\r\n");
        open(robot, file);
        FxWait.until(() -> studio.model.errorProperty().get() != null);
        CodeArea editor = robot.lookup("#program-editor").queryAs(CodeArea.class);
        Span span = studio.model.errorProperty().get().span();
        assertThat(editor.getText().substring(span.start(), span.end())).isEqualTo("sigmod");
        assertThat(editor.getStyleOfChar(span.start() + 1)).contains("error");
        assertThat(editor.getStyleOfChar(span.start() - 2)).doesNotContain("error");

        robot.interact(() -> studio.model.sourceProperty().set(studio.model.sourceProperty().get().replace("sigmod", "sigmoid")));
        robot.interact(() -> studio.actions.save());
        FxWait.until(() -> !studio.document.dirtyProperty().get());
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(saved).isEqualTo("a = 5\r\nb = 3\r\n# a comment\r\nJ = a*sigmoid(b)\r\n");
    }

    @Test
    void aFileAnotherWindowSavedMeanwhileIsNotOverwrittenWithoutAsking(FxRobot robot) throws IOException {
        Path file = Files.writeString(folder.resolve("shared.cgraph"), "a = 5\nJ = 2*a\n");
        open(robot, file);
        Files.writeString(file, "a = 5\nJ = 3*a\n# saved by the other window\n");
        robot.interact(() -> studio.model.sourceProperty().set("a = 5\nJ = 4*a\n"));

        robot.interact(() -> studio.actions.save());
        FxWait.until(() -> robot.lookup("#changed-on-disk").tryQuery().isPresent());
        robot.clickOn(button(robot, "#changed-on-disk", ButtonType.CANCEL));
        assertThat(Files.readString(file)).contains("saved by the other window");
        assertThat(studio.document.dirtyProperty().get()).isTrue();

        robot.interact(() -> studio.actions.save());
        FxWait.until(() -> robot.lookup("#changed-on-disk").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#changed-on-disk").queryAs(DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(pane.getButtonTypes().get(0)));
        FxWait.until(() -> !studio.document.dirtyProperty().get());
        assertThat(Files.readString(file)).isEqualTo("a = 5\nJ = 4*a\n");

        robot.interact(() -> studio.model.sourceProperty().set("a = 5\nJ = 5*a\n"));
        robot.interact(() -> studio.actions.save());
        FxWait.until(() -> !studio.document.dirtyProperty().get());
        assertThat(Files.readString(file)).as("its own save is no change behind its back").isEqualTo("a = 5\nJ = 5*a\n");
    }

    @Test
    void savingIntoAFolderThatWasRemovedSaysWhichFolder(FxRobot robot) throws IOException {
        Path lesson = Files.createDirectory(folder.resolve("lesson"));
        Path file = Files.writeString(lesson.resolve("lecture.cgraph"), "a = 5\nJ = 2*a\n");
        open(robot, file);
        Files.delete(file);
        Files.delete(lesson);
        robot.interact(() -> studio.model.sourceProperty().set("a = 5\nJ = 3*a\n"));
        robot.interact(() -> studio.actions.save());
        FxWait.until(() -> robot.lookup("#file-error").tryQuery().isPresent());
        DialogPane error = robot.lookup("#file-error").queryAs(DialogPane.class);
        assertThat(error.getHeaderText()).isEqualTo("Could not save lecture.cgraph");
        assertThat(error.getContentText()).isEqualTo("Cannot write '" + file + "': the folder '" + lesson
                + "' does not exist.\nThe program is still open.");
        assertThat(studio.document.dirtyProperty().get()).isTrue();
    }

    @Test
    void fileQuitRemembersTheWindowSizeAsClosingTheWindowDoes(FxRobot robot) {
        robot.interact(() -> stage.setWidth(1100));
        robot.interact(studio.actions::quit);
        FxWait.until(() -> !stage.isShowing());
        assertThat(node.getDouble("windowWidth", 0)).isEqualTo(studio.scene.getWidth()).isGreaterThan(0);
        assertThat(node.getDouble("windowHeight", 0)).isEqualTo(studio.scene.getHeight());
    }

    private static Button button(FxRobot robot, String dialog, ButtonType type) {
        DialogPane pane = robot.lookup(dialog).queryAs(DialogPane.class);
        return (Button) pane.lookupButton(type);
    }
}
