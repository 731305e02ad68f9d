package studio.backprop.ui.export;

import java.util.concurrent.Executor;

import javafx.stage.Stage;

import studio.backprop.ui.StudioModel;
import studio.backprop.ui.document.DocumentViewModel;
import studio.backprop.ui.document.FileDialogs;

/** The two ways a graph leaves the app for a slide: the Export dialog and a copied image. */
public final class ExportActions {

    private final Stage stage;
    private final StudioModel model;
    private final DocumentViewModel document;
    private final ExportViewModel export;
    private final FileDialogs dialogs;
    private final Executor background;

    public ExportActions(Stage stage, StudioModel model, DocumentViewModel document, ExportViewModel export,
                  FileDialogs dialogs, Executor background) {
        this.stage = stage;
        this.model = model;
        this.document = document;
        this.export = export;
        this.dialogs = dialogs;
        this.background = background;
    }

    public ExportViewModel viewModel() {
        return export;
    }

    public void showDialog() {
        if (model.showingProperty().get() != null) {
            new ExportDialog(stage, export, document, dialogs, background).show();
        }
    }

    public void copyImage() {
        ImageClipboard.copy(model);
    }
}
