package studio.backprop.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import studio.backprop.io.AtomicFiles;
import studio.backprop.presentation.Picture;

/**
 * Writes one of the nudge panel's plots (the slope picture, the h plot) as PNG or SVG, the two
 * formats a plot goes into a slide or a handout in. Like every export, a file is written
 * completely or not at all.
 */
public final class PlotFiles {

    private PlotFiles() {
    }

    /** Whether a plot can be written in {@code format}: PNG and SVG. */
    public static boolean writes(ExportFormat format) {
        return format == ExportFormat.PNG || format == ExportFormat.SVG;
    }

    /**
     * Writes {@code picture} to {@code out}; {@code scale} is PNG's pixels per picture pixel.
     *
     * @throws IllegalArgumentException for a format other than PNG or SVG
     * @throws studio.backprop.io.FileProblem if the file cannot be written
     */
    public static void write(Picture picture, ExportFormat format, double scale, Path out) {
        requireWritable(format);
        AtomicFiles.write(List.of(out), List.of(stream -> write(picture, format, scale, stream)));
    }

    /** The file's bytes, for the clipboard or a test. */
    public static byte[] bytes(Picture picture, ExportFormat format, double scale) {
        requireWritable(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(picture, format, scale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Picture picture, ExportFormat format, double scale, OutputStream out) throws IOException {
        if (format == ExportFormat.PNG) {
            new StreamedPng(scale, false).write(picture, 96 * scale, out);
        } else {
            out.write(SvgWriter.svg(picture, false).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void requireWritable(ExportFormat format) {
        if (!writes(format)) {
            throw new IllegalArgumentException("A plot is written as png or svg, not " + format.id());
        }
    }
}
