package studio.backprop.ui.document;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import studio.backprop.expr.ValueRewriter;
import studio.backprop.ui.Studio;
import studio.backprop.ui.StudioModel;

/**
 * The open program as a document: where it is saved, what was saved, and whether anything has
 * changed since, the text or a value. Saving writes the variables' values into the program's
 * {@code a = 5} lines, so the file holds program and values together.
 */
public final class DocumentViewModel {

    private final StudioModel model;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "Untitled");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private String savedText = "";
    private boolean valuesChanged;

    public DocumentViewModel(StudioModel model) {
        this.model = model;
        model.sourceProperty().addListener((observable, before, now) -> update());
        model.valueEditedProperty().addListener((observable, before, now) -> {
            valuesChanged = true;
            update();
        });
        // csv("points.csv") is read next to the program, as on the command line.
        file.addListener((observable, before, now) ->
                model.folderProperty().set(now == null ? null : now.toAbsolutePath().getParent()));
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** True when closing now would lose something. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** "• lecture.cgraph — Backprop Studio", the dot marking unsaved changes. */
    public StringBinding titleBinding() {
        return Bindings.createStringBinding(() -> (dirty.get() ? "• " : "") + name.get() + " — Backprop Studio",
                dirty, name);
    }

    /** A program opened from a file: clean, and saved back to the same file. */
    public void opened(Path path, String text) {
        file.set(path);
        name.set(path.getFileName().toString());
        model.load(text);
        markSaved(text);
    }

    /** A program that belongs to no file yet: an example, or a new one. Saving asks where. */
    public void untitled(String title, String text) {
        file.set(null);
        name.set(title);
        model.load(text);
        markSaved(text);
    }

    /** The text to write: the program with the current values in it. */
    public String textToSave() {
        Map<String, Double> values = new LinkedHashMap<>();
        model.variables().rows().forEach(row -> values.put(row.name(), row.value()));
        return ValueRewriter.withValues(model.sourceProperty().get(), values);
    }

    /** After a successful write of {@code text} to {@code path}. */
    public void saved(Path path, String text) {
        file.set(path);
        name.set(path.getFileName().toString());
        if (!text.equals(model.sourceProperty().get())) {
            model.sourceProperty().set(text);
        }
        markSaved(text);
    }

    private void markSaved(String text) {
        savedText = text;
        valuesChanged = false;
        update();
    }

    private void update() {
        dirty.set(valuesChanged || !savedText.equals(model.sourceProperty().get()));
    }
}
