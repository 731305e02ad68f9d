package studio.backprop.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;

import studio.backprop.export.ExportFormat;
import studio.backprop.export.PictureTooLarge;
import studio.backprop.expr.SizeLimit;
import studio.backprop.io.FileProblem;
import studio.backprop.layout.EdgeLabels;
import studio.backprop.layout.TooLargeToDraw;
import studio.backprop.presentation.Theme;
import studio.backprop.ui.background.BackgroundWork;
import studio.backprop.ui.document.DocumentViewModel;
import studio.backprop.ui.document.FileDialogs;

/**
 * File → Export…: the choices, a preview of what will be written, and the Export button. The
 * preview and the export are {@link ExportJob}s, made on the FX thread and drawn off it; a file
 * that cannot be written (or is the program itself), a picture too large to make and a graph too
 * large to draw are said in the status line, any other failure goes to the error dialog.
 * The dialog remembers its choices.
 */
final class ExportDialog {

    private final Stage owner;
    private final ExportViewModel export;
    private final DocumentViewModel document;
    private final FileDialogs dialogs;
    private final Executor background;
    private final Executor fx;
    private final ImageView preview = new ImageView();
    private final Label status = new Label();
    /** Counts previews asked for, on the FX thread, so that only the newest is shown. */
    private long previews;

    ExportDialog(Stage owner, ExportViewModel export, DocumentViewModel document, FileDialogs dialogs,
                 Executor background, Executor fx) {
        this.owner = owner;
        this.export = export;
        this.document = document;
        this.dialogs = dialogs;
        this.background = background;
        this.fx = fx;
    }

    void show() {
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Export the graph");
        Button go = new Button("Export…");
        go.setId("export-button");
        go.setDefaultButton(true);
        go.setOnAction(event -> exportTo(dialog));
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(event -> dialog.close());
        status.setId("export-status");
        status.setWrapText(true);
        // A long message wraps; the buttons never shrink to "...".
        close.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        go.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, status, close, go);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(status, javafx.scene.layout.Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);

        preview.setPreserveRatio(true);
        preview.setFitWidth(560);
        preview.setFitHeight(320);
        StackPane frame = new StackPane(preview);
        frame.getStyleClass().add("export-preview");
        frame.setPrefSize(580, 340);
        BorderPane pane = new BorderPane(frame, null, null, buttons, choices());
        BorderPane.setMargin(frame, new Insets(0, 0, 0, 16));
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        pane.setPadding(new Insets(16));
        Scene scene = new Scene(pane);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        dialog.setScene(scene);
        dialog.show();
        refreshPreview();
    }

    private GridPane choices() {
        ComboBox<ExportFormat> format = new ComboBox<>();
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(named(choice -> switch (choice) {
            case PNG -> "PNG image";
            case SVG -> "SVG (vector, text stays text)";
            case PDF -> "PDF (vector; all steps: one page each)";
            case TIKZ -> "TikZ for LaTeX";
            case DOT -> "DOT for Graphviz";
        }));
        format.setId("export-format");
        format.valueProperty().bindBidirectional(export.formatProperty());
        ComboBox<Double> scale = new ComboBox<>();
        scale.getItems().setAll(1.0, 2.0, 3.0, 4.0);
        scale.setConverter(named(value -> value.intValue() + "× (" + (int) (96 * value) + " dpi)"));
        scale.setValue(export.scaleProperty().get());
        scale.valueProperty().addListener((observable, before, now) -> export.scaleProperty().set(now));
        scale.disableProperty().bind(export.formatProperty().isNotEqualTo(ExportFormat.PNG));
        ComboBox<ExportViewModel.Steps> steps = new ComboBox<>();
        steps.getItems().setAll(ExportViewModel.Steps.values());
        steps.setConverter(named(choice -> switch (choice) {
            case CURRENT -> "The step on screen now";
            case FINAL -> "The end: everything computed";
            case START -> "The start: nothing computed";
            case ALL -> "Every step (numbered files or pages)";
        }));
        steps.valueProperty().bindBidirectional(export.stepsProperty());
        ComboBox<Theme> theme = new ComboBox<>();
        theme.getItems().setAll(Theme.values());
        theme.setConverter(named(choice -> switch (choice) {
            case LIGHT -> "Light (for slides)";
            case DARK -> "Dark";
            case PROJECTOR -> "Projector: high contrast, large type";
        }));
        theme.valueProperty().bindBidirectional(export.themeProperty());
        ComboBox<EdgeLabels> labels = new ComboBox<>();
        labels.getItems().setAll(EdgeLabels.values());
        labels.setConverter(named(EdgeLabels::description));
        labels.setId("export-edge-labels");
        labels.valueProperty().bindBidirectional(export.edgeLabelsProperty());
        labels.disableProperty().bind(export.localsProperty().not());
        TextField title = new TextField();
        title.setPromptText("none; {caption} or {program}");
        title.textProperty().bindBidirectional(export.titleProperty());
        ComboBox<ExportViewModel.Slides> slides = new ComboBox<>();
        slides.setId("export-slides");
        slides.getItems().setAll(ExportViewModel.Slides.values());
        slides.setConverter(named(choice -> switch (choice) {
            case OFF -> "Off: the graph at its own size";
            case WIDE -> "16:9, text readable (a big graph is cropped or split)";
            case STANDARD -> "4:3, text readable (a big graph is cropped or split)";
        }));
        slides.valueProperty().bindBidirectional(export.slidesProperty());
        CheckBox beamer = check("Beamer slide, one overlay per step", export.beamerProperty());
        beamer.disableProperty().bind(export.formatProperty().isNotEqualTo(ExportFormat.TIKZ));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label("Format"), format);
        grid.addRow(row++, new Label("Scale (PNG)"), scale);
        grid.addRow(row++, new Label("Steps"), steps);
        grid.addRow(row++, new Label("Slides"), slides);
        grid.addRow(row++, new Label("Theme"), theme);
        grid.addRow(row++, new Label("Title"), title);
        grid.add(check("Values", export.valuesProperty()), 1, row++);
        grid.add(check("dvars", export.gradientsProperty()), 1, row++);
        grid.add(check("Local derivatives on edges", export.localsProperty()), 1, row++);
        grid.addRow(row++, new Label("Edge labels"), labels);
        grid.add(check("Transparent background", export.transparentProperty()), 1, row++);
        grid.add(beamer, 1, row);
        for (var property : List.of(export.formatProperty(), export.scaleProperty(), export.stepsProperty(),
                export.themeProperty(), export.valuesProperty(), export.gradientsProperty(), export.localsProperty(),
                export.edgeLabelsProperty(), export.titleProperty(), export.transparentProperty(),
                export.slidesProperty())) {
            property.addListener(observable -> refreshPreview());
        }
        return grid;
    }

    /** A converter that only names choices; the combo boxes are not editable. */
    private static <T> javafx.util.StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T choice) {
                return choice == null ? "" : name.apply(choice);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    private static CheckBox check(String text, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    /** A preview of the choices as they are now; a newer preview replaces one still being drawn. */
    private void refreshPreview() {
        long mine = ++previews;
        status.setText("Drawing the preview…");
        ExportJob job = export.job();
        BackgroundWork.run(background, fx, job::preview, image -> {
            if (previews != mine) return;
            preview.setImage(SwingFXUtils.toFXImage(image, null));
            status.setText("");
        }, failure -> {
            String expected = expected(failure);
            if (previews == mine) {
                preview.setImage(null);
                status.setText("No preview: " + (expected != null ? expected : failure.getMessage()));
            }
            // A graph too large to draw is no surprise; any other failure of a preview, which writes no file, is a bug.
            if (expected == null) BackgroundWork.reportUnexpected(failure);
        });
    }

    /**
     * What to tell the student about a failure that can happen to anyone: a file that cannot be
     * written, a picture or graph too large, too little memory; null for a bug.
     */
    private static String expected(Throwable failure) {
        if (failure instanceof FileProblem || failure instanceof PictureTooLarge) return failure.getMessage();
        if (failure instanceof TooLargeToDraw) return sentence(failure.getMessage());
        if (failure instanceof OutOfMemoryError) return sentence(SizeLimit.outOfMemory());
        return null;
    }

    private static String sentence(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private void exportTo(Stage dialog) {
        ExportJob job = export.job();
        Path near = document.fileProperty().get();
        Path program = near;
        dialogs.chooseToSave(dialog, near, export.suggestedFileName(document.nameProperty().get())).ifPresent(out -> {
            status.setText("Exporting…");
            BackgroundWork.run(background, fx, () -> job.writeTo(out, program),
                    files -> status.setText("Wrote " + files.stream().map(file -> file.getFileName().toString())
                            .collect(Collectors.joining(", "))),
                    failure -> {
                        String expected = expected(failure);
                        if (expected != null) {
                            status.setText("Could not export: " + expected);
                        } else {
                            status.setText("Could not export.");
                            BackgroundWork.reportUnexpected(failure);
                        }
                    });
        });
    }
}
