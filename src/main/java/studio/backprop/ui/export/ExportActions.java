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
    private final Executor fx;

    /** {@code background} draws and writes exports; {@code fx} brings their outcome back to the FX thread. */
    public ExportActions(Stage stage, StudioModel model, DocumentViewModel document, ExportViewModel export,
                  FileDialogs dialogs, Executor background, Executor fx) {
        this.stage = stage;
        this.model = model;
        this.document = document;
        this.export = export;
        this.dialogs = dialogs;
        this.background = background;
        this.fx = fx;
    }

    public ExportViewModel viewModel() {
        return export;
    }

    public void showDialog() {
        if (model.showingProperty().get() != null) {
            new ExportDialog(stage, export, document, dialogs, background, fx).show();
        }
    }

    public void copyImage() {
        ImageClipboard.copy(model, background, fx);
    }
}
