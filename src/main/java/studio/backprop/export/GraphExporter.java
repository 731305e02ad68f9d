package studio.backprop.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import studio.backprop.autodiff.PassTimeline;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.io.AtomicFiles;
import studio.backprop.io.FileProblem;
import studio.backprop.io.ProgramFiles;
import studio.backprop.layout.Drawing;
import studio.backprop.layout.ElkLayeredLayout;
import studio.backprop.layout.LayoutStyle;
import studio.backprop.presentation.FrameContent;
import studio.backprop.presentation.GraphStyle;
import studio.backprop.presentation.PictureComposer;
import studio.backprop.presentation.TitleBand;

/**
 * Exports a computation graph at one step or at all steps, in one format with one set of options:
 * the entry point for the command line and the app's Export dialog.
 *
 * <pre>
 * GraphExporter exporter = new GraphExporter(ExportFormat.SVG, ExportOptions.DEFAULT);
 * Drawing drawing = exporter.layout(graph);
 * exporter.export(timeline, drawing, StepChoice.ALL, Path.of("graph.svg"), null);  // graph-01.svg, graph-02.svg, ...
 * </pre>
 */
public final class GraphExporter {

    private final ExportFormat format;
    private final ExportOptions options;
    private final PictureComposer composer;
    private final FrameWriter writer;

    public GraphExporter(ExportFormat format, ExportOptions options) {
        this.format = format;
        this.options = options;
        GraphStyle style = GraphStyle.of(options.theme());
        this.composer = new PictureComposer(style);
        this.writer = switch (format) {
            case PNG -> new PngWriter(options.scale(), options.transparent());
            case SVG -> new SvgWriter(options.transparent());
            case PDF -> new PdfWriter(options.transparent());
            case TIKZ -> options.beamer() ? new BeamerWriter(options.transparent(), options.bodyOnly())
                    : new TikzWriter(options.transparent(), options.bodyOnly());
            case DOT -> new DotWriter(style, options.transparent());
        };
    }

    public ExportFormat format() {
        return format;
    }

    public ExportOptions options() {
        return options;
    }

    /** Lays the graph out for this export's theme: the projector theme's larger type gets larger boxes. */
    public Drawing layout(ComputationGraph graph) {
        LayoutStyle style = LayoutStyle.DEFAULT.withFontScale(composer.style().palette().fontScale())
                .withEdgeShape(options.edgeShape()).withEdgeLabels(options.shown().labels());
        return new ElkLayeredLayout().layout(graph, style);
    }

    /** Whether all steps go into one file (PDF pages, Beamer overlays) rather than numbered files. */
    public boolean holdsManyFrames() {
        return writer.holdsManyFrames();
    }

    /**
     * The frames at the given positions, all the same size so that the graph never moves between
     * them; for slides, one or more slides per position. Edges write what the drawing has room
     * for. Outside slide mode the list composes each frame when it is asked for and keeps none, so a
     * thousand-frame export holds one picture at a time.
     */
    public List<Frame> frames(PassTimeline timeline, Drawing drawing, List<Integer> positions) {
        FrameContent.Shown shown = options.shown().writing(drawing.edgeLabels());
        if (options.slide() != null) {
            return new SlideFrames(composer, options.withShown(shown)).frames(timeline, drawing, positions);
        }
        List<String> titles = new ArrayList<>(positions.size());
        for (int position : positions) titles.add(options.titleFor(new FrameContent(timeline, position, shown)));
        TitleBand band = TitleBand.fit(drawing, titles, composer.style());
        return new AbstractList<>() {
            @Override
            public Frame get(int index) {
                FrameContent content = new FrameContent(timeline, positions.get(index), shown);
                String title = titles.get(index);
                return new Frame(drawing, content, title, composer.compose(drawing, content, title, band));
            }

            @Override
            public int size() {
                return positions.size();
            }
        };
    }

    /** Writes one file's contents: one frame, or many if the format {@link #holdsManyFrames()}. */
    public void write(PassTimeline timeline, Drawing drawing, List<Integer> positions, OutputStream out) throws IOException {
        if (positions.size() != 1 && !writer.holdsManyFrames()) {
            throw new IllegalArgumentException(format.id() + " holds one step per file, not " + positions.size());
        }
        List<Frame> frames = frames(timeline, drawing, positions);
        if (frames.size() != 1 && !writer.holdsManyFrames()) {
            throw new IllegalArgumentException(format.id() + " holds one slide per file, not " + frames.size());
        }
        writer.write(frames, out);
    }

    /**
     * Writes the chosen steps to {@code out}, or for all steps in a one-frame format to numbered
     * files beside it ({@code graph-01.svg}, ...). Each file is written completely or not at all,
     * and none over {@code program}, the file the graph was made from (null if none): an export
     * named like its program would otherwise replace it.
     *
     * @return the files written
     * @throws IllegalArgumentException if a step is out of range
     * @throws FileProblem if a file cannot be written, or is the program
     * @throws PictureTooLarge if a PNG would be too large to make
     */
    public List<Path> export(PassTimeline timeline, Drawing drawing, StepChoice steps, Path out, Path program) {
        // A slide mode may make several frames of one step, so the files are counted from the frames.
        List<Frame> frames = frames(timeline, drawing, steps.positions(timeline));
        List<Path> files = frames.size() == 1 || writer.holdsManyFrames() ? List.of(out)
                : numberedFiles(out, frames.size());
        for (Path file : files) {
            if (program != null && ProgramFiles.sameFile(file, program)) {
                throw new FileProblem(file, FileProblem.Action.WRITE, "it is the program the picture is made from; "
                        + "choose another name for the picture", null);
            }
        }
        if (files.size() == 1) {
            writer.expectFrames(1);
            AtomicFiles.write(files, List.of(stream -> writer.write(frames, stream)));
            return files;
        }
        writer.expectFrames(frames.size());
        List<AtomicFiles.Content> contents = new ArrayList<>(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            int index = i;
            contents.add(stream -> writer.write(List.of(frames.get(index)), stream));
        }
        AtomicFiles.write(files, contents);
        return files;
    }

    /** "graph.svg" becomes graph-01.svg, graph-02.svg, ...: two digits at least, more if needed. */
    public static List<Path> numberedFiles(Path out, int count) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        int digits = Math.max(2, Integer.toString(count).length());
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            files.add(out.resolveSibling(stem + "-" + String.format(java.util.Locale.ROOT, "%0" + digits + "d", i) + extension));
        }
        return files;
    }
}
