package studio.backprop.ui.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import studio.backprop.export.ExportFormat;
import studio.backprop.export.ExportOptions;
import studio.backprop.export.Frame;
import studio.backprop.export.GraphExporter;
import studio.backprop.export.PngWriter;
import studio.backprop.export.StepChoice;
import studio.backprop.layout.Drawing;
import studio.backprop.layout.TooLargeToDraw;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.Showing;

/**
 * One export, or its preview, as the dialog's choices and the window stood when the student asked
 * for it. It is made on the FX thread and holds only immutable values, so the background thread
 * that draws and writes it reads no JavaFX property, and a step taken meanwhile changes nothing.
 *
 * @param showing  the program, its passes and the step on screen when the job was made
 * @param relayout whether the export needs a layout of its own, because its theme or text size is
 *                 not the screen's; otherwise it draws the screen's drawing, positions and all
 */
public record ExportJob(ExportFormat format, ExportOptions options, StepChoice steps, Showing showing,
                        boolean relayout) {

    /** The longest side of the dialog's preview, at most: a bigger picture is shown smaller. */
    static final double PREVIEW_PIXELS = 2_400;

    public ExportJob {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(showing, "showing");
    }

    /**
     * The drawing to export; a new layout may take a moment for a big graph. A graph the screen
     * does not draw is laid out for the export, which may manage where the screen does not.
     *
     * @throws TooLargeToDraw if the graph is too large to draw at all
     */
    public Drawing drawing() {
        return relayout || !showing.drawn() ? exporter().layout(showing.graph()) : showing.drawing();
    }

    /** The first frame the export would write. */
    public Frame firstFrame() {
        int position = steps.positions(showing.timeline()).get(0);
        return exporter().frames(showing.timeline(), drawing(), List.of(position)).get(0);
    }

    /**
     * The dialog's preview: the first frame as a picture at the screen's resolution, or smaller if
     * the graph is so large that it would not fit in {@value #PREVIEW_PIXELS} pixels either way.
     */
    public BufferedImage preview() {
        Picture picture = firstFrame().picture();
        double scale = Math.min(1, PREVIEW_PIXELS / Math.max(picture.width(), picture.height()));
        return new PngWriter(scale, options.transparent()).render(picture);
    }

    /**
     * Writes the export to {@code out}, or to numbered files beside it, never over
     * {@code program}, the file the graph was made from (null if none).
     *
     * @return the files written
     * @throws studio.backprop.io.FileProblem if a file cannot be written, or is the program
     * @throws studio.backprop.export.PictureTooLarge if a PNG would be too large to make
     * @throws TooLargeToDraw if the graph is too large to draw
     */
    public List<Path> writeTo(Path out, Path program) {
        return exporter().export(showing.timeline(), drawing(), steps, out, program);
    }

    private GraphExporter exporter() {
        return new GraphExporter(format, options);
    }
}
