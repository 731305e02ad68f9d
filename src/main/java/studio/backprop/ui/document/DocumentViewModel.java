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
import studio.backprop.io.LineEnding;
import studio.backprop.ui.StudioModel;

/**
 * The open program as a document: where it is saved, what was saved, and whether anything has
 * changed since, the text or a value. Saving writes the variables' values into the program's
 * {@code a = 5} lines, so the file holds program and values together.
 *
 * <p>Inside, lines end in {@code "\n"} as in the editor, so that an error's position is the same
 * character on screen; the file's own line endings are remembered and written back on saving
 * ({@link #fileText}). What the file held when it was last read or written is remembered too, so
 * that a save can notice that someone else has written it since ({@link #onDisk()}).
 */
public final class DocumentViewModel {

    private final StudioModel model;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "Untitled");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private String savedText = "";
    /** A value was changed, or the work was recovered: unsaved whatever the text says. */
    private boolean changedBesidesText;
    private LineEnding lineEnding = LineEnding.LF;
    /** The file's content as last read or written by this window, or null if it has no file. */
    private String onDisk;

    public DocumentViewModel(StudioModel model) {
        this.model = model;
        model.sourceProperty().addListener((observable, before, now) -> update());
        model.valueEditedProperty().addListener((observable, before, now) -> {
            changedBesidesText = true;
            update();
        });
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

    /** A program opened from a file, {@code content} as the file holds it: clean, and saved back to the same file. */
    public void opened(Path path, String content) {
        lineEnding = LineEnding.of(content);
        onDisk = content;
        file.set(path);
        name.set(displayName(path));
        String text = LineEnding.toNewlines(content);
        model.load(text);
        markSaved(text);
    }

    /** A program that belongs to no file yet: an example, or a new one. Saving asks where. */
    public void untitled(String title, String text) {
        lineEnding = LineEnding.LF;
        onDisk = null;
        file.set(null);
        name.set(title);
        String program = LineEnding.toNewlines(text);
        model.load(program);
        markSaved(program);
    }

    /**
     * Work brought back from a recovery copy: it is unsaved, so the title says so and closing asks;
     * saving goes to {@code path} if it had a file.
     */
    public void recovered(Path path, String title, String text) {
        lineEnding = LineEnding.LF;
        onDisk = null;
        file.set(path);
        name.set(path == null ? title : displayName(path));
        model.load(LineEnding.toNewlines(text));
        savedText = "";
        changedBesidesText = true;
        update();
    }

    /** The text to write: the program with the current values in it, lines ending in "\n". */
    public String textToSave() {
        Map<String, Double> values = new LinkedHashMap<>();
        model.variables().rows().forEach(row -> values.put(row.name(), row.value()));
        return ValueRewriter.withValues(model.sourceProperty().get(), values);
    }

    /** What goes into the file for {@code text}: its lines end as the file's did. */
    public String fileText(String text) {
        return lineEnding.apply(text);
    }

    /** The file's content as this window last read or wrote it; null if it has none yet. */
    public String onDisk() {
        return onDisk;
    }

    /** The student chose to write over what someone else saved: the next save does not ask again. */
    public void forgetDisk() {
        onDisk = null;
    }

    /** The editor's text now, to hand to {@link #saved(Path, String, String)} when a save ends. */
    public String sourceNow() {
        return model.sourceProperty().get();
    }

    /** After a successful write of {@code text} to {@code path}. */
    public void saved(Path path, String text) {
        saved(path, text, model.sourceProperty().get());
    }

    /**
     * After a successful write of {@code text} to {@code path}, begun when the editor held
     * {@code sourceWhenSaved}. The editor takes the saved text (with its values written in) only
     * if the student has not typed since: what was typed during the save stays, unsaved.
     */
    public void saved(Path path, String text, String sourceWhenSaved) {
        onDisk = fileText(text);
        file.set(path);
        name.set(displayName(path));
        String source = model.sourceProperty().get();
        if (source.equals(sourceWhenSaved) && !text.equals(source)) {
            model.sourceProperty().set(text);
        }
        markSaved(text);
    }

    /** A file's name for titles and questions; a path with no name (a root) is shown whole. */
    public static String displayName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    private void markSaved(String text) {
        savedText = text;
        changedBesidesText = false;
        update();
    }

    private void update() {
        dirty.set(changedBesidesText || !savedText.equals(model.sourceProperty().get()));
    }
}
