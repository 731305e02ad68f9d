package studio.backprop.ui.editor;

import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import studio.backprop.expr.Note;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.ProgramNotes;
import studio.backprop.presentation.Showing;

/**
 * The quiet notes under the editor: how the program that is showing was read ("Line 3: xy is read
 * as x·y."), and the results its output leaves out, one per line. They belong to the program, so
 * they change when a new program shows, not when a slider moves.
 */
public final class ProgramNotesViewModel {

    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private ComputationGraph noted;

    public ProgramNotesViewModel(ObservableValue<Showing> showing) {
        showing.addListener((observable, before, now) -> update(now));
        update(showing.getValue());
    }

    /** The notes, one per line; empty when the program reads exactly as written. */
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    private void update(Showing now) {
        ComputationGraph graph = now == null ? null : now.graph();
        if (graph == noted) return;
        noted = graph;
        notes.set(graph == null ? "" : ProgramNotes.of(graph).stream().map(Note::describe).collect(Collectors.joining("\n")));
    }
}
