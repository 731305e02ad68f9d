package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import studio.backprop.io.RecoveryStore;

/**
 * Work survives a crash: unsaved work is copied aside every few seconds and offered at the next
 * start; opening and saving wait for the disk on the files thread, never on the FX thread; and
 * remembered settings that cannot be used are said once instead of stopping the app.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryFlowTest {

    @TempDir
    Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterAll
    static void forgetPreferences() {
        TestPreferences.removeAll();
    }

    private Studio open(FxRobot robot, StudioOptions options, StudioPreferences preferences) {
        Studio[] studio = new Studio[1];
        robot.interact(() -> {
            studio[0] = Studio.open(stage, options, preferences, new ClassroomFlowTest.AnsweringDialogs(), 1280, 800);
            stage.show();
        });
        return studio[0];
    }

    @Test
    void unsavedWorkIsCopiedAsideAndOfferedAfterACrash(FxRobot robot) throws IOException {
        RecoveryStore store = new RecoveryStore(folder.resolve("recovery"));
        Studio crashed = open(robot, StudioOptions.instant().withRecovery(store), TestPreferences.fresh());
        robot.interact(() -> crashed.document.untitled("Untitled", "a = 5\nJ = 2*a"));
        robot.interact(() -> crashed.model.sourceProperty().set("a = 5\nJ = 2*a + 1"));
        robot.interact(crashed.autosave::tick);
        FxWait.until(() -> copies(folder.resolve("recovery")).size() == 1);
        // A killed window's copy is one nobody holds the lock of: copied aside as kill -9 would leave it.
        Path copy = copies(folder.resolve("recovery")).get(0);
        Files.copy(copy, copy.resolveSibling("18f0000000-9.recovery"));

        Studio next = open(robot, StudioOptions.instant().withRecovery(store), TestPreferences.fresh());
        robot.interact(next::offerRecovery);
        FxWait.until(() -> robot.lookup("#recover-unsaved-work").tryQuery().isPresent());
        DialogPane offer = robot.lookup("#recover-unsaved-work").queryAs(DialogPane.class);
        assertThat(offer.getHeaderText()).isEqualTo("Backprop Studio closed without saving your changes to Untitled.");
        robot.clickOn((Button) offer.lookupButton(offer.getButtonTypes().get(0)));
        FxWait.until(() -> next.model.showingProperty().get() != null
                && next.model.showingProperty().get().source().equals("a = 5\nJ = 2*a + 1"));
        assertThat(next.document.dirtyProperty().get()).as("recovered work is unsaved work").isTrue();
        assertThat(stage.getTitle()).startsWith("• ");
        assertThat(store.orphans()).as("offered once").isEmpty();
    }

    @Test
    void savedOrDiscardedWorkLeavesNoCopy(FxRobot robot) throws IOException {
        RecoveryStore store = new RecoveryStore(folder.resolve("recovery"));
        Studio studio = open(robot, StudioOptions.instant().withRecovery(store), TestPreferences.fresh());
        Path file = Files.writeString(folder.resolve("mine.cgraph"), "a = 5\nJ = 2*a\n");
        robot.interact(() -> studio.actions.open(file));
        FxWait.until(() -> file.equals(studio.document.fileProperty().get()));
        robot.interact(() -> studio.model.sourceProperty().set("a = 5\nJ = 3*a\n"));
        robot.interact(studio.autosave::tick);
        FxWait.until(() -> copies(folder.resolve("recovery")).size() == 1);
        robot.interact(() -> studio.actions.save());
        FxWait.until(() -> !studio.document.dirtyProperty().get());
        // Dropped as soon as the work is saved, not at the next tick, which a crash might not wait for.
        FxWait.until(() -> copies(folder.resolve("recovery")).isEmpty());
    }

    @Test
    void aCopyOfWorkThatWasSavedAfterAllIsNotOffered(FxRobot robot) throws IOException {
        Path recovery = Files.createDirectories(folder.resolve("recovery"));
        Path file = Files.writeString(folder.resolve("saved.cgraph"), "a = 5\r\nJ = 3*a\r\n");
        Files.writeString(recovery.resolve("18f0000000-7.recovery"), "backprop-studio recovery 1\nfile=" + file
                + "\nname=saved.cgraph\nkept=2026-12-01T10:00:00Z\n\na = 5\nJ = 3*a\n");
        RecoveryStore store = new RecoveryStore(recovery);
        Studio studio = open(robot, StudioOptions.instant().withRecovery(store), TestPreferences.fresh());
        robot.interact(studio::offerRecovery);
        FxWait.until(() -> copies(recovery).isEmpty());
        assertThat(robot.lookup("#recover-unsaved-work").tryQuery()).isEmpty();
    }

    @Test
    void openingAndSavingWaitForTheDiskOffTheFxThread(FxRobot robot) throws IOException {
        List<Runnable> fileWork = new CopyOnWriteArrayList<>();
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        StudioOptions options = StudioOptions.instant();
        StudioOptions held = new StudioOptions(options.debouncer(), options.background(), fileWork::add, options.fx(),
                options.beats(), options.layout(), options.style(), 0, options.recovery());
        Studio studio = open(robot, held, TestPreferences.fresh());
        Path file = Files.writeString(folder.resolve("slow-disk.cgraph"), "a = 5\nJ = 2*a\n");

        robot.interact(() -> studio.actions.open(file));
        assertThat(studio.document.fileProperty().get()).as("nothing read yet, and the window answers").isNull();
        runFileWork(fileWork, onFxThread);
        FxWait.until(() -> file.equals(studio.document.fileProperty().get()));

        robot.interact(() -> studio.model.sourceProperty().set("a = 5\nJ = 7*a\n"));
        robot.interact(() -> studio.actions.save());
        assertThat(Files.readString(file)).as("nothing written yet").isEqualTo("a = 5\nJ = 2*a\n");
        assertThat(studio.document.dirtyProperty().get()).isTrue();
        runFileWork(fileWork, onFxThread);
        FxWait.until(() -> !studio.document.dirtyProperty().get());
        assertThat(Files.readString(file)).isEqualTo("a = 5\nJ = 7*a\n");
        assertThat(onFxThread).isNotEmpty().containsOnly(false);
    }

    @Test
    void rememberedSettingsThatCannotBeUsedAreSaidOnceAndTheWindowOpens(FxRobot robot) {
        Preferences node = Preferences.userRoot().node("/studio/backprop/test/" + UUID.randomUUID());
        node.put("fontScale", "0");
        node.put("export.scale", "abc");
        node.put("export.steps", "SOMETIMES");
        Studio studio = open(robot, StudioOptions.instant(), new StudioPreferences(node));
        assertThat(studio.model.fontScaleProperty().get()).isEqualTo(1);
        Label status = robot.lookup("#status-bar").queryAs(Label.class);
        assertThat(status.isVisible()).isTrue();
        assertThat(status.getText()).isEqualTo("Some remembered settings could not be used and are back to their "
                + "defaults: text size (was '0'); export scale (was 'abc'); export steps (was 'SOMETIMES').");

        robot.clickOn("#status-bar");
        assertThat(status.isVisible()).as("read once it is clicked").isFalse();

        Studio again = open(robot, StudioOptions.instant(), new StudioPreferences(node));
        assertThat(again.model.statusProperty().get()).isEmpty();
    }

    /** Runs the queued file work on a thread of its own, as the files executor would, until none is left. */
    private static void runFileWork(List<Runnable> work, List<Boolean> onFxThread) {
        Thread files = new Thread(() -> {
            while (!work.isEmpty()) {
                onFxThread.add(Platform.isFxApplicationThread());
                work.remove(0).run();
            }
        }, "test-files");
        files.start();
        try {
            files.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Path> copies(Path recovery) {
        if (!Files.isDirectory(recovery)) return List.of();
        try (Stream<Path> files = Files.list(recovery)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".recovery")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
