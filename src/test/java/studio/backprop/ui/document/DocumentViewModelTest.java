package studio.backprop.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import studio.backprop.ui.Models;
import studio.backprop.ui.Studio;
import studio.backprop.ui.StudioModel;

class DocumentViewModelTest {

    private final StudioModel model = Models.synchronous();
    private final DocumentViewModel document = new DocumentViewModel(model);

    @Test
    void anOpenedFileIsCleanAndNamedAfterTheFile() {
        document.opened(Path.of("/tmp/lecture.cgraph"), "a = 5; J = 2*a");
        assertThat(document.dirtyProperty().get()).isFalse();
        assertThat(document.titleBinding().get()).isEqualTo("lecture.cgraph — Backprop Studio");
        assertThat(document.fileProperty().get()).isEqualTo(Path.of("/tmp/lecture.cgraph"));
    }

    @Test
    void editingTheTextOrAValueMarksUnsavedWork() {
        document.untitled("Lecture example", "a = 5; J = 2*a");
        model.sourceProperty().set("a = 5; J = 3*a");
        assertThat(document.dirtyProperty().get()).isTrue();
        assertThat(document.titleBinding().get()).isEqualTo("• Lecture example — Backprop Studio");
        model.sourceProperty().set("a = 5; J = 2*a");
        assertThat(document.dirtyProperty().get()).as("back to what was saved").isFalse();
        model.variables().row("a").setValue(6);
        assertThat(document.dirtyProperty().get()).isTrue();
    }

    @Test
    void savingWritesTheValuesIntoTheProgramAndIsCleanAgain() {
        document.untitled("Untitled", "3*(a+b*c)");
        model.variables().row("a").setValue(5);
        model.variables().row("b").setValue(3);
        model.variables().row("c").setValue(2);
        String text = document.textToSave();
        assertThat(text).isEqualTo("a = 5\nb = 3\nc = 2\n3*(a+b*c)");
        document.saved(Path.of("/tmp/mine.cgraph"), text);
        assertThat(model.sourceProperty().get()).isEqualTo(text);
        assertThat(document.dirtyProperty().get()).isFalse();
        assertThat(document.nameProperty().get()).isEqualTo("mine.cgraph");
        assertThat(model.showingProperty().get().analysis().evaluation().output()).isEqualTo(33);
    }
}
