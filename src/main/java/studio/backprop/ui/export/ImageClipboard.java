package studio.backprop.ui.export;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import studio.backprop.export.ExportFormat;
import studio.backprop.export.ExportOptions;
import studio.backprop.export.Frame;
import studio.backprop.export.GraphExporter;
import studio.backprop.export.PictureTooLarge;
import studio.backprop.export.PngWriter;
import studio.backprop.presentation.Showing;
import studio.backprop.ui.StudioModel;
import studio.backprop.ui.background.BackgroundWork;

/**
 * Ctrl+Shift+C: the graph as it is on screen now (theme, step) as a picture on the clipboard, at
 * twice the screen's resolution, ready to paste into a slide. The picture is drawn off the FX
 * thread; one too large to make, or a graph with no picture, is said in the status bar.
 */
final class ImageClipboard {

    private ImageClipboard() {
    }

    static void copy(StudioModel model, Executor background, Executor fx) {
        Showing showing = model.showingProperty().get();
        if (showing == null) return;
        if (!showing.drawn()) {
            model.noticeProperty().set("Nothing was copied: there is no picture of this graph.");
            return;
        }
        ExportOptions options = ExportOptions.DEFAULT.withTheme(model.themeProperty().get()).withScale(2);
        GraphExporter exporter = new GraphExporter(ExportFormat.PNG, options);
        BackgroundWork.run(background, fx, () -> {
            Frame frame = exporter.frames(showing.timeline(), showing.drawing(), List.of(showing.position())).get(0);
            return new PngWriter(2, false).render(frame.picture());
        }, image -> put(image), failure -> {
            if (failure instanceof PictureTooLarge) {
                model.noticeProperty().set("Nothing was copied: " + failure.getMessage() + ".");
            } else {
                BackgroundWork.reportUnexpected(failure);
            }
        });
    }

    private static void put(BufferedImage image) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(image, null));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
