package studio.backprop.ui.editor;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import studio.backprop.expr.FunctionNames;
import studio.backprop.ui.StudioModel;

/**
 * The program editor: a code area with line numbers and light highlighting, bound to the model's
 * text. An error is underlined at its span and explained in words underneath. Under it too, in a
 * quieter voice, the notes on how the program was read ("Line 3: xy is read as x·y.") and the
 * status line, which names the inputs whose value is only assumed: the window's one place for
 * what the student should know about the text before trusting the numbers.
 */
public final class EditorView extends VBox {

    private static final Pattern TOKENS = Pattern.compile(
            "(?<comment>#[^\\n]*)|(?<number>(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)|(?<name>[\\p{L}_][\\p{L}\\p{N}_₀-₉]*)");

    private final CodeArea area = new CodeArea();
    private final Label message = new Label();
    private final Label notes = new Label();
    private final Label status = new Label();
    /** Why the program is shown read-only, when it is too large to edit here. */
    private final Label tooLarge = new Label();
    private final StudioModel model;
    private boolean updatingFromModel;

    public EditorView(StudioModel model) {
        this.model = model;
        getStyleClass().add("editor-panel");
        area.setId("program-editor");
        area.getStyleClass().add("program-editor");
        // The program is never folded. Without a fold check the line numbers do not lay the text out
        // again after each insertion, which took half of the longest wait while a long program opened.
        area.setParagraphGraphicFactory(LineNumberFactory.get(area, digits -> "%1$" + digits + "s", null, null));
        area.setWrapText(true);
        message.setId("error-message");
        message.getStyleClass().add("error-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);

        tooLarge.setId("editor-too-large");
        tooLarge.getStyleClass().add("hint");
        tooLarge.setWrapText(true);
        tooLarge.setMaxWidth(Double.MAX_VALUE);
        tooLarge.managedProperty().bind(tooLarge.visibleProperty());
        tooLarge.setVisible(false);

        show(model.sourceProperty().get());
        area.textProperty().addListener((observable, before, now) -> {
            if (!updatingFromModel) model.sourceProperty().set(now);
            restyle();
        });
        model.sourceProperty().addListener((observable, before, now) -> {
            if (!now.equals(area.getText())) show(now);
        });
        model.errorProperty().addListener((observable, before, now) -> {
            message.setText(now == null ? "" : now.describe());
            message.setVisible(now != null);
            restyle();
        });

        shown(notes, "program-notes", model.notes().notesProperty());
        shown(status, "status-line", model.variables().assumedStatusProperty());

        VirtualizedScrollPane<CodeArea> scroller = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        getChildren().addAll(title("Program"), tooLarge, scroller, message, notes, status);
        restyle();
    }

    /** A wrapping label bound to {@code text}, there only while it has something to say. */
    private static void shown(Label label, String id, javafx.beans.value.ObservableValue<String> text) {
        label.setId(id);
        label.getStyleClass().add(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** The model's text in the area; a program too large to edit here is shown in part, read-only. */
    private void show(String text) {
        Optional<String> why = EditorLimits.tooLargeToEdit(text);
        updatingFromModel = true;
        area.replaceText(why.isPresent() ? EditorLimits.preview(text) : text);
        updatingFromModel = false;
        area.setEditable(why.isEmpty());
        tooLarge.setText(why.orElse(""));
        tooLarge.setVisible(why.isPresent());
    }

    CodeArea area() {
        return area;
    }

    private void restyle() {
        String text = area.getText();
        if (text.isEmpty() || !area.isEditable()) return;
        StyleSpans<Collection<String>> spans = highlight(text);
        ProgramError error = model.errorProperty().get();
        if (error != null && error.span() != null && error.span().start() <= text.length()) {
            int start = Math.min(error.span().start(), Math.max(0, text.length() - 1));
            int end = Math.max(start + 1, Math.min(error.span().end(), text.length()));
            StyleSpansBuilder<Collection<String>> underline = new StyleSpansBuilder<>();
            underline.add(Collections.emptyList(), start);
            underline.add(List.of("error"), end - start);
            underline.add(Collections.emptyList(), text.length() - end);
            spans = spans.overlay(underline.create(), (base, extra) -> extra.isEmpty() ? base : join(base, extra));
        }
        area.setStyleSpans(0, spans);
    }

    private static Collection<String> join(Collection<String> a, Collection<String> b) {
        List<String> both = new java.util.ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    private static StyleSpans<Collection<String>> highlight(String text) {
        Matcher matcher = TOKENS.matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (matcher.find()) {
            String kind = matcher.group("comment") != null ? "comment"
                    : matcher.group("number") != null ? "number"
                    : FunctionNames.isFunctionName(matcher.group("name")) ? "function" : "name";
            spans.add(Collections.emptyList(), matcher.start() - last);
            spans.add(List.of(kind), matcher.end() - matcher.start());
            last = matcher.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }

    public static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("panel-title");
        return title;
    }
}
