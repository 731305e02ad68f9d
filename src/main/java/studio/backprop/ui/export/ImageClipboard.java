package studio.backprop.ui.export;

import java.awt.image.BufferedImage;
import java.util.List;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import studio.backprop.export.ExportFormat;
import studio.backprop.export.ExportOptions;
import studio.backprop.export.Frame;
import studio.backprop.export.GraphExporter;
import studio.backprop.presentation.Showing;
import studio.backprop.ui.StudioModel;

/**
 * Ctrl+Shift+C: the graph as it is on screen now (theme, step) as a picture on the clipboard, at
 * twice the screen's resolution, ready to paste into a slide.
 */
final class ImageClipboard {

    private ImageClipboard() {
    }

    static boolean copy(StudioModel model) {
        Showing showing = model.showingProperty().get();
        if (showing == null || !showing.drawn()) return false;
        ExportOptions options = ExportOptions.DEFAULT.withTheme(model.themeProperty().get()).withScale(2);
        GraphExporter exporter = new GraphExporter(ExportFormat.PNG, options);
        Frame frame = exporter.frames(showing.timeline(), showing.drawing(), List.of(showing.position())).get(0);
        BufferedImage image = new studio.backprop.export.PngWriter(2, false).render(frame.picture());
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(image, null));
        return Clipboard.getSystemClipboard().setContent(content);
    }
}
