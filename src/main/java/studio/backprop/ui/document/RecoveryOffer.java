package studio.backprop.ui.document;

import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import studio.backprop.io.FileProblem;
import studio.backprop.io.LineEnding;
import studio.backprop.io.ProgramFiles;
import studio.backprop.io.RecoveryStore;
import studio.backprop.ui.background.BackgroundWork;

/**
 * At start: if an earlier window closed without saving (a crash, a kill), offers its recovery
 * copy, the newest first, one per start. Recover opens it as unsaved work; Discard forgets it;
 * Not Now leaves it for the next start.
 */
public final class RecoveryOffer {

    static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    static final ButtonType LATER = new ButtonType("Not Now", ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM", Locale.UK);

    private final Stage stage;
    private final RecoveryStore store;
    private final DocumentViewModel document;
    private final Executor files;
    private final Executor fx;

    public RecoveryOffer(Stage stage, RecoveryStore store, DocumentViewModel document, Executor files, Executor fx) {
        this.stage = stage;
        this.store = store;
        this.document = document;
        this.files = files;
        this.fx = fx;
    }

    /** Looks for copies on the files thread; asks on the FX thread; {@code recovered} runs if the student recovers. */
    public void offer(Runnable recovered) {
        BackgroundWork.run(files, fx, this::worthOffering, copies -> ask(copies, recovered),
                BackgroundWork::reportUnexpected);
    }

    /** The copies left behind, less those whose file holds the same program already: it was saved after all. */
    private List<RecoveryStore.Copy> worthOffering() {
        List<RecoveryStore.Copy> copies = new ArrayList<>();
        for (RecoveryStore.Copy copy : store.orphans()) {
            if (savedAlready(copy)) store.forget(copy);
            else copies.add(copy);
        }
        return copies;
    }

    private static boolean savedAlready(RecoveryStore.Copy copy) {
        if (copy.file() == null || !Files.isRegularFile(copy.file())) return false;
        try {
            return LineEnding.toNewlines(ProgramFiles.read(copy.file())).equals(copy.text());
        } catch (FileProblem unreadable) {
            return false;
        }
    }

    private void ask(List<RecoveryStore.Copy> copies, Runnable recovered) {
        if (copies.isEmpty()) return;
        RecoveryStore.Copy copy = copies.get(0);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", RECOVER, DISCARD, LATER);
        ask.initOwner(stage);
        ask.setTitle("Recover unsaved work");
        ask.setHeaderText("Backprop Studio closed without saving your changes to " + copy.name() + ".");
        ask.setContentText("A copy was kept at " + WHEN.format(copy.when().atZone(ZoneId.systemDefault()))
                + ". Recover it to carry on where you were, or discard it."
                + (copies.size() > 1 ? "\n(" + (copies.size() - 1) + " more will be offered next time.)" : ""));
        ask.getDialogPane().setId("recover-unsaved-work");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == LATER) return;
        if (answer.get() == RECOVER) {
            document.recovered(copy.file(), copy.name(), copy.text());
            recovered.run();
        }
        files.execute(() -> store.forget(copy));
    }
}
