package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import studio.backprop.export.ExportFormat;
import studio.backprop.io.ExampleCatalog;
import studio.backprop.layout.SamplePrograms;
import studio.backprop.ui.export.ExportViewModel;

/** File → Export… as a student uses it: the export is written in the background, and the dialog says how it went. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogFlowTest {

    private final ClassroomFlowTest.AnsweringDialogs dialogs = new ClassroomFlowTest.AnsweringDialogs();
    private Studio studio;

    @Start
    void start(Stage stage) {
        studio = Studio.open(stage, StudioOptions.instant(), TestPreferences.fresh(), dialogs, 1280, 800);
        stage.show();
        ExampleCatalog.Example lecture = ExampleCatalog.named("lecture");
        studio.document.untitled(lecture.title(), lecture.source());
    }

    @AfterAll
    static void forgetPreferences() {
        TestPreferences.removeAll();
    }

    @Test
    void theExportIsWrittenAndAFileThatCannotBeWrittenIsSaidInTheStatusLine(FxRobot robot, @TempDir Path folder) throws Exception {
        FxWait.until(() -> robot.lookup(CanvasParts.part("node-u")).tryQuery().isPresent());
        robot.interact(() -> {
            studio.model.playback().toEnd();
            studio.exports.viewModel().formatProperty().set(ExportFormat.SVG);
            studio.exports.viewModel().stepsProperty().set(ExportViewModel.Steps.CURRENT);
            studio.exports.showDialog();
        });
        FxWait.until(() -> status(robot).isEmpty());

        dialogs.answer = folder.resolve("lecture.svg");
        robot.clickOn("#export-button");
        FxWait.until(() -> status(robot).startsWith("Wrote"));
        assertThat(status(robot)).isEqualTo("Wrote lecture.svg");
        assertThat(Files.readString(dialogs.answer)).contains("<svg");

        dialogs.answer = folder.resolve("missing").resolve("lecture.svg");
        robot.clickOn("#export-button");
        FxWait.until(() -> status(robot).startsWith("Could not export"));
        assertThat(status(robot)).isEqualTo("Could not export: cannot write '" + dialogs.answer
                + "': the folder '" + dialogs.answer.getParent() + "' does not exist");
        robot.clickOn("Close");
    }

    @Test
    void anExportNamedLikeItsProgramIsRefusedAndTheProgramKept(FxRobot robot, @TempDir Path folder) throws Exception {
        Path program = Files.writeString(folder.resolve("lecture.cgraph"), ExampleCatalog.named("lecture").source());
        robot.interact(() -> studio.actions.open(program));
        FxWait.until(() -> program.equals(studio.document.fileProperty().get()) && !studio.model.busyProperty().get());
        robot.interact(() -> {
            studio.exports.viewModel().formatProperty().set(ExportFormat.PNG);
            studio.exports.showDialog();
        });
        FxWait.until(() -> status(robot).isEmpty());
        dialogs.answer = program;
        robot.clickOn("#export-button");
        FxWait.until(() -> status(robot).startsWith("Could not export"));
        assertThat(status(robot)).isEqualTo("Could not export: cannot write '" + program
                + "': it is the program the picture is made from; choose another name for the picture");
        assertThat(Files.readString(program)).isEqualTo(ExampleCatalog.named("lecture").source());
        robot.clickOn("Close");
    }

    @Test
    void aPngTooLargeToMakeSaysHowLargeAndWhatToDoInstead(FxRobot robot, @TempDir Path folder) {
        // About 24,000 px square: more than a quarter of a 2 GB Java's memory at four bytes a pixel.
        FxWait.load(robot, studio.model, SamplePrograms.sharedInputs(1_000, new Random(1_000)));
        robot.interact(() -> {
            studio.exports.viewModel().formatProperty().set(ExportFormat.PNG);
            studio.exports.viewModel().scaleProperty().set(4);
            studio.exports.showDialog();
        });
        FxWait.until(() -> status(robot).isEmpty());
        dialogs.answer = folder.resolve("big.png");
        robot.clickOn("#export-button");
        FxWait.until(() -> status(robot).startsWith("Could not export"));
        assertThat(status(robot)).startsWith("Could not export: the picture would be ")
                .contains(" at scale 4, more than the ").endsWith("export it as SVG or PDF instead, which stay "
                        + "sharp at any size, or choose a smaller scale");
        assertThat(dialogs.answer).doesNotExist();
        robot.clickOn("Close");
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#export-status").queryAs(Label.class).getText();
    }
}
