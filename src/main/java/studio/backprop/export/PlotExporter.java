package studio.backprop.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import studio.backprop.io.AtomicFiles;
import studio.backprop.presentation.Picture;

/**
 * Writes a plot (a training run's loss curve, its parameters' paths, the data with the decision
 * boundary; the nudge panel's slope picture and h plot) as PNG, SVG or PDF, painted by the same writers as a graph, so a plot on a slide looks
 * as it does in the window. These three writers read a frame's picture and title only; a plot has
 * no graph drawing behind it.
 */
public final class PlotExporter {

    private final FrameWriter writer;

    /** @throws IllegalArgumentException for a format that draws only graphs: TikZ and DOT */
    public PlotExporter(ExportFormat format, ExportOptions options) {
        this(format, options.scale(), options.transparent());
    }

    /**
     * {@code scale} is PNG's pixels per picture pixel.
     *
     * @throws IllegalArgumentException for a format that draws only graphs: TikZ and DOT
     */
    public PlotExporter(ExportFormat format, double scale, boolean transparent) {
        this.writer = switch (format) {
            case PNG -> new PngWriter(scale, transparent);
            case SVG -> new SvgWriter(transparent);
            case PDF -> new PdfWriter(transparent);
            case TIKZ, DOT -> throw new IllegalArgumentException("a plot is drawn as png, svg or pdf, not " + format.id());
        };
    }

    /** Whether {@code format} can hold a plot. */
    public static boolean draws(ExportFormat format) {
        return format == ExportFormat.PNG || format == ExportFormat.SVG || format == ExportFormat.PDF;
    }

    public void write(Picture picture, String title, OutputStream out) throws IOException {
        writer.write(List.of(new Frame(null, null, title, picture)), out);
    }

    /**
     * Writes the plot to {@code out}, completely or not at all.
     *
     * @throws studio.backprop.io.FileProblem if the file cannot be written
     */
    public void export(Picture picture, String title, Path out) {
        AtomicFiles.write(out, stream -> write(picture, title, stream));
    }
}
