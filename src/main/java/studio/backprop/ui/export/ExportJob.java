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

    public ExportJob {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(showing, "showing");
    }

    /**
     * The drawing to export; a new layout may take a moment for a big graph.
     *
     * @throws TooLargeToDraw if the graph is too large to draw, as on screen
     */
    public Drawing drawing() {
        if (!showing.drawn() && !relayout) throw new TooLargeToDraw(showing.noPicture());
        return relayout ? exporter().layout(showing.graph()) : showing.drawing();
    }

    /** The first frame the export would write. */
    public Frame firstFrame() {
        int position = steps.positions(showing.timeline()).get(0);
        return exporter().frames(showing.timeline(), drawing(), List.of(position)).get(0);
    }

    /** The dialog's preview: the first frame as a picture at the screen's resolution. */
    public BufferedImage preview() {
        return new PngWriter(1, options.transparent()).render(firstFrame().picture());
    }

    /**
     * Writes the export to {@code out}, or to numbered files beside it.
     *
     * @return the files written
     * @throws studio.backprop.io.FileProblem if a file cannot be written
     */
    public List<Path> writeTo(Path out) {
        return exporter().export(showing.timeline(), drawing(), steps, out);
    }

    private GraphExporter exporter() {
        return new GraphExporter(format, options);
    }
}
