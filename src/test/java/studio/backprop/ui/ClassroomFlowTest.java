package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import studio.backprop.io.ExampleCatalog;
import studio.backprop.presentation.Palette;
import studio.backprop.presentation.Theme;
import studio.backprop.ui.document.DocumentActions;
import studio.backprop.ui.document.FileDialogs;

/** The classroom features, driven from the keyboard and the window as a teacher or student would. */
@ExtendWith(ApplicationExtension.class)
class ClassroomFlowTest {

    /** File dialogs that answer with whatever path the test put there. */
    static final class AnsweringDialogs implements FileDialogs {
        Path answer;

        @Override
        public Optional<Path> chooseToOpen(Window owner, Path near) {
            return Optional.ofNullable(answer);
        }

        @Override
        public Optional<Path> chooseToSave(Window owner, Path near, String suggestedName) {
            return Optional.ofNullable(answer);
        }
    }

    private final AnsweringDialogs dialogs = new AnsweringDialogs();
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
    void switchingThemesChangesTheLooksAtOnce(FxRobot robot) {
        waitForGraph(robot, CanvasParts.part("node-u"));
        robot.interact(() -> studio.model.themeProperty().set(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(studio.scene.getStylesheets()).anyMatch(sheet -> sheet.endsWith("/themes/dark.css"));
        waitForGraph(robot, CanvasParts.part("node-u"));
        assertThat(boxFill(robot, CanvasParts.part("node-u"))).isEqualTo(Color.web(Palette.of(Theme.DARK).color("operation-fill")));
        robot.interact(() -> studio.model.themeProperty().set(Theme.PROJECTOR));
        FxWait.until(() -> studio.scene.getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("/themes/projector.css")));
        waitForGraph(robot, CanvasParts.part("node-u"));
        assertThat(boxFill(robot, CanvasParts.part("node-u"))).isEqualTo(Color.WHITE);
        assertThat(studio.model.style().em()).as("projector type is larger").isEqualTo(16 * 1.5);
    }

    @Test
    void pageDownAndPageUpStepLikeAClicker(FxRobot robot) {
        waitForGraph(robot, CanvasParts.part("node-u"));
        robot.clickOn("#graph-canvas");
        robot.type(KeyCode.PAGE_DOWN, 2);
        assertThat(caption(robot)).isEqualTo("Forward 2/3: v = a + u = 5 + 6 = 11");
        robot.type(KeyCode.PAGE_UP);
        assertThat(caption(robot)).isEqualTo("Forward 1/3: u = b·c = 3·2 = 6");
        robot.type(KeyCode.SPACE);
        FxWait.until(() -> !studio.model.playback().playingProperty().get());
        assertThat(studio.model.playback().position()).isEqualTo(9);
    }

    @Test
    void revealModeKeepsAnswersHiddenUntilTheTeacherShowsThem(FxRobot robot) {
        waitForGraph(robot, CanvasParts.part("node-u"));
        robot.clickOn("#graph-canvas");
        robot.write("r");
        Label badge = robot.lookup("#reveal-badge").queryAs(Label.class);
        assertThat(badge.isVisible()).isTrue();
        javafx.scene.Node menus = robot.lookup(".menu-bar").query();
        assertThat(badge.localToScene(badge.getBoundsInLocal()).getMinY()).as("the badge leaves the menus free")
                .isGreaterThanOrEqualTo(menus.localToScene(menus.getBoundsInLocal()).getMaxY() - 0.5);
        javafx.scene.Node canvas = robot.lookup("#graph-canvas").query();
        FxWait.until(() -> badge.localToScene(badge.getBoundsInLocal()).getMaxY()
                <= canvas.localToScene(canvas.getBoundsInLocal()).getMinY() + 0.5);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(caption(robot)).isEqualTo("Forward 1/3: u = b·c = 3·2 = ?");
        assertThat(FxWait.text(robot, CanvasParts.part("value-u"))).isEqualTo("?");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(FxWait.text(robot, CanvasParts.part("value-u"))).isEqualTo("6");
        assertThat(caption(robot)).isEqualTo("Forward 1/3: u = b·c = 3·2 = 6");
        robot.type(KeyCode.END);
        assertThat(FxWait.text(robot, CanvasParts.part("gradient-c"))).isEqualTo("dc = ?");
        robot.clickOn(CanvasParts.part("node-c"));
        assertThat(FxWait.text(robot, CanvasParts.part("gradient-c"))).isEqualTo("dc = 9");
        assertThat(FxWait.text(robot, CanvasParts.part("value-J"))).isEqualTo("?");
    }

    @Test
    void anExampleOpensFromTheGallery(FxRobot robot) {
        waitForGraph(robot, CanvasParts.part("node-u"));
        robot.interact(studio.actions::showExamples);
        FxWait.until(() -> robot.lookup("#example-list").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#example-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(2));
        robot.clickOn("#open-example");
        waitForGraph(robot, CanvasParts.part("node-e"));
        assertThat(studio.document.nameProperty().get()).isEqualTo("colah's fan-out");
        assertThat(studio.document.dirtyProperty().get()).isFalse();
    }

    @Test
    void savingAndOpeningGiveBackTheSameProgramAndValues(FxRobot robot, @TempDir Path folder) throws Exception {
        waitForGraph(robot, CanvasParts.part("node-u"));
        editProgram(robot, "\nK = J + a");
        robot.interact(() -> studio.model.variables().row("a").setValue(7.25));
        assertThat(studio.document.dirtyProperty().get()).isTrue();
        dialogs.answer = folder.resolve("mine.cgraph");
        robot.interact(() -> studio.actions.saveAs());
        // Saving runs off the FX thread; the title's dot goes once the file is written.
        FxWait.until(() -> !studio.document.dirtyProperty().get());
        String saved = Files.readString(dialogs.answer);
        assertThat(saved).contains("a = 7.25").contains("K = J + a");
        assertThat(studio.document.dirtyProperty().get()).isFalse();
        assertThat(robot.lookup("#program-editor").queryAs(CodeArea.class).getText()).isEqualTo(saved);

        robot.interact(studio.actions::newProgram);
        assertThat(studio.model.sourceProperty().get()).isEmpty();
        robot.interact(studio.actions::openWithChooser);
        waitForGraph(robot, CanvasParts.part("node-K"));
        assertThat(studio.model.sourceProperty().get()).isEqualTo(saved);
        assertThat(studio.model.variables().row("a").value()).isEqualTo(7.25);
        assertThat(studio.model.showingProperty().get().analysis().evaluation().output()).isEqualTo(3 * (7.25 + 6) + 7.25);
        assertThat(((Stage) studio.scene.getWindow()).getTitle()).isEqualTo("mine.cgraph — Backprop Studio");
    }

    @Test
    void unsavedWorkIsNeverReplacedWithoutAsking(FxRobot robot) {
        waitForGraph(robot, CanvasParts.part("node-u"));
        editProgram(robot, "\nK = J + a");
        String edited = studio.model.sourceProperty().get();
        assertThat(((Stage) studio.scene.getWindow()).getTitle()).startsWith("• ");

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#unsaved-changes").tryQuery().isPresent());
        robot.clickOn(button(robot, ButtonType.CANCEL));
        assertThat(studio.model.sourceProperty().get()).isEqualTo(edited);

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#unsaved-changes").tryQuery().isPresent());
        robot.clickOn(button(robot, DocumentActions.DISCARD));
        assertThat(studio.model.sourceProperty().get()).isEmpty();
    }

    @Test
    void blankScreenAndTheListOfKeysToggle(FxRobot robot) {
        waitForGraph(robot, CanvasParts.part("node-u"));
        robot.clickOn("#graph-canvas");
        robot.write("b");
        assertThat(robot.lookup("#blank-screen").query().isVisible()).isTrue();
        robot.write(".");
        assertThat(robot.lookup("#blank-screen").query().isVisible()).isFalse();
        robot.write("?");
        assertThat(robot.lookup("#shortcut-overlay").query().isVisible()).isTrue();
        robot.type(KeyCode.F1);
        assertThat(robot.lookup("#shortcut-overlay").query().isVisible()).isFalse();
    }

    @Test
    void thePresentationLayoutShowsTheNudgeCheckOnN(FxRobot robot) {
        waitForGraph(robot, CanvasParts.part("node-u"));
        robot.clickOn("#graph-canvas");
        robot.type(KeyCode.F5);
        FxWait.until(() -> robot.lookup("#nudge-panel").tryQuery().isEmpty());
        robot.write("n");
        FxWait.until(() -> robot.lookup("#nudge-panel").tryQuery().isPresent());
        Label line = robot.lookup("#nudge-line").queryAs(Label.class);
        Label caption = robot.lookup("#caption").queryAs(Label.class);
        assertThat(line.getText()).startsWith("a: 5 → 5.001");
        assertThat(line.getFont().getSize()).as("in the presentation's large type").isGreaterThan(caption.getFont().getSize() * 0.7);
        robot.write("n");
        FxWait.until(() -> robot.lookup("#nudge-panel").tryQuery().isEmpty());
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#nudge-panel").tryQuery().isPresent());
    }

    @Test
    void atLargeTextTheSlidersGoUnderTheFieldsRatherThanShrinkToAKnob(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#slider-a").tryQuery().isPresent());
        javafx.scene.control.Slider slider = robot.lookup("#slider-a").queryAs(javafx.scene.control.Slider.class);
        javafx.scene.control.TextField field = robot.lookup("#value-field-a").queryAs(javafx.scene.control.TextField.class);
        assertThat(slider.localToScene(0, 0).getY()).as("at text size 1, beside the field")
                .isLessThan(field.localToScene(0, field.getHeight()).getY());
        robot.interact(() -> studio.model.fontScaleProperty().set(2));
        FxWait.until(() -> robot.lookup("#slider-a").queryAs(javafx.scene.control.Slider.class).getWidth()
                >= 6 * robot.lookup("#value-field-a").queryAs(javafx.scene.control.TextField.class).getFont().getSize());
        javafx.scene.control.Slider large = robot.lookup("#slider-a").queryAs(javafx.scene.control.Slider.class);
        javafx.scene.control.TextField largeField = robot.lookup("#value-field-a").queryAs(javafx.scene.control.TextField.class);
        assertThat(large.localToScene(0, 0).getY()).as("at text size 2, under the field")
                .isGreaterThanOrEqualTo(largeField.localToScene(0, largeField.getHeight()).getY());
    }

    @Test
    void largerTextGrowsTheNodes(FxRobot robot) {
        waitForGraph(robot, CanvasParts.part("node-u"));
        double before = ((Rectangle) robot.lookup(CanvasParts.part("node-u")).lookup(".node-box").query()).getWidth();
        robot.clickOn("#graph-canvas");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        FxWait.until(() -> ((Rectangle) robot.lookup(CanvasParts.part("node-u")).lookup(".node-box").query()).getWidth() > before);
        assertThat(studio.model.fontScaleProperty().get()).isEqualTo(1.25);
        assertThat(((Rectangle) robot.lookup(CanvasParts.part("node-u")).lookup(".node-box").query()).getWidth()).isCloseTo(1.25 * before,
                org.assertj.core.api.Assertions.within(0.01));
    }

    private void editProgram(FxRobot robot, String addition) {
        CodeArea editor = robot.lookup("#program-editor").queryAs(CodeArea.class);
        robot.clickOn(editor);
        robot.interact(() -> editor.moveTo(editor.getLength()));
        robot.write(addition);
        FxWait.until(() -> studio.model.showingProperty().get().source().equals(editor.getText()));
    }

    private static Button button(FxRobot robot, ButtonType type) {
        DialogPane pane = robot.lookup("#unsaved-changes").queryAs(DialogPane.class);
        return (Button) pane.lookupButton(type);
    }

    @Test
    void theFittedGraphKeepsTheOutputClearOfTheZoomButtonsAlsoWhenPresenting(FxRobot robot) {
        // The 2-3-1 network's output f stands at the top of its last column, where the buttons are.
        FxWait.load(robot, studio.model, ExampleCatalog.named("network-2-3-1").source());
        waitForGraph(robot, CanvasParts.part("node-f"));
        assertClearOfButtons(robot);
        robot.interact(() -> studio.model.presentingProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertClearOfButtons(robot);
        robot.interact(() -> studio.model.presentingProperty().set(false));
    }

    private static void assertClearOfButtons(FxRobot robot) {
        javafx.geometry.Bounds output = robot.lookup(CanvasParts.part("node-f")).query()
                .localToScreen(robot.lookup(CanvasParts.part("node-f")).query().getBoundsInLocal());
        for (javafx.scene.Node button : robot.lookup(".canvas-controls .button").queryAll()) {
            javafx.geometry.Bounds area = button.localToScreen(button.getBoundsInLocal());
            assertThat(output.intersects(area)).as("f " + output + " under a zoom button " + area).isFalse();
        }
    }

    private static Color boxFill(FxRobot robot, java.util.function.Predicate<javafx.scene.Node> node) {
        return (Color) ((Rectangle) robot.lookup(node).lookup(".node-box").query()).getFill();
    }

    private static void waitForGraph(FxRobot robot, java.util.function.Predicate<javafx.scene.Node> node) {
        FxWait.until(() -> robot.lookup(node).tryQuery().isPresent());
    }

    private static String caption(FxRobot robot) {
        return robot.lookup("#caption").queryAs(Label.class).getText();
    }
}
