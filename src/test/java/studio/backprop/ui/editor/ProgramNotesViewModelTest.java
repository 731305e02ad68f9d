package studio.backprop.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import studio.backprop.ui.Models;
import studio.backprop.ui.StudioModel;

/** The notes under the editor follow the program that is showing. */
class ProgramNotesViewModelTest {

    private final StudioModel model = Models.synchronous();

    @Test
    void aNameReadAsAProductIsNotedWithItsLine() {
        model.load("a = 5\nb = 3\nc = 2\nJ = 3(a + bc)");
        assertThat(model.notes().notesProperty().get()).isEqualTo("Line 4: bc is read as b·c.");
        assertThat(model.showingProperty().get().analysis().evaluation().output()).isEqualTo(33);
    }

    @Test
    void severalNotesComeOnePerLineAndGoWhenTheProgramNoLongerNeedsThem() {
        model.load("a = 2\nb = 1\nL = ab\nw = a - 0.1*b");
        assertThat(model.notes().notesProperty().get()).isEqualTo("""
                Line 3: L is not used by the output w, the last line, so backprop computes no dL. To see dL, make L the last line.
                Line 3: ab is read as a·b.""");
        model.load("a = 2\nb = 1\nL = a*b");
        assertThat(model.notes().notesProperty().get()).isEmpty();
    }

    @Test
    void aTypoKeepsTheNotesOfTheProgramThatIsStillShowing() {
        model.load("b = 3; c = 2; J = bc");
        model.sourceProperty().set("b = 3; c = 2; J = bc +");
        assertThat(model.errorProperty().get()).isNotNull();
        assertThat(model.notes().notesProperty().get()).isEqualTo("Line 1: bc is read as b·c.");
    }
}
