package studio.backprop.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.InputValues;
import studio.backprop.autodiff.PassTimeline;
import studio.backprop.export.ExportFormat;
import studio.backprop.export.ExportOptions;
import studio.backprop.export.GraphExporter;
import studio.backprop.export.SlideFormat;
import studio.backprop.export.StepChoice;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.layout.EdgeLabels;
import studio.backprop.layout.Drawing;
import studio.backprop.layout.EdgeShape;
import studio.backprop.presentation.FrameContent;
import studio.backprop.presentation.Theme;
import studio.backprop.presentation.plot.TrainingPlot;

@Command(name = "export", sortOptions = false,
        description = "Draw the graph at a step, or at every step, as PNG, SVG, PDF, TikZ/Beamer or Graphviz DOT.",
        footer = {"", "Examples:",
            "  export resources/examples/lecture.cgraph --format svg -o lecture.svg",
            "  export resources/examples/lecture.cgraph --format png --scale 4 --step backward:4 -o lecture.png",
            "  export resources/examples/lecture.cgraph --format pdf --step all -o handout.pdf",
            "  export resources/examples/lecture.cgraph --edge-labels both --step backward:4 --title \"{caption}\" -o lecture.svg",
            "  export resources/examples/lecture.cgraph --format tikz --beamer --step all --title \"{caption}\" -o slide.tex",
            "  export resources/examples/network-2-3-1.cgraph --slide 16:9 --step all --format pdf -o network-slides.pdf",
            "  export -e \"3*(a+b*c)\" --set a=5 --set b=3 --set c=2 --format dot -o graph.dot",
            "  export resources/examples/logistic-regression-training.cgraph --train 50 -o trained.svg",
            "  export resources/examples/logistic-regression-training.cgraph --picture loss -o loss.pdf"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProgramOptions program;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "png, svg, pdf, tikz or dot (default: from the extension of OUT).")
    private String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "The file to write; for --step all in png, svg, dot or plain tikz, OUT-01, OUT-02, ... instead.")
    private Path output;

    @Option(names = "--step", paramLabel = "STEP", defaultValue = "final",
            description = "final (default), start, forward:K, backward:K, or all: every step from \"nothing computed\" to the end.")
    private String step;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
            description = "light (default), dark, or projector: thick lines and large type.")
    private String theme;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1", description = "PNG only: 1 to 4 times the screen's pixels (default 1).")
    private String scale;

    @Option(names = "--transparent", description = "Leave out the background.")
    private boolean transparent;

    @Option(names = "--no-values", description = "Hide the values.")
    private boolean noValues;

    @Option(names = "--no-gradients", description = "Hide the dvars (da = ...).")
    private boolean noGradients;

    @Option(names = "--no-locals", description = "Hide the local derivatives on the edges.")
    private boolean noLocals;

    @Option(names = "--edge-labels", paramLabel = "WHAT", defaultValue = "numbers",
            description = "What an edge between numbers writes: numbers (default, 2), formulas (c, as ∂u/∂b = c) or both (c = 2);"
                    + " with formulas, {caption} writes them first too.")
    private String edgeLabels;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "A line above the graph; {caption} is the step's caption, {program} the program on one line.")
    private String title;

    @Option(names = "--beamer", description = "TikZ only: one Beamer slide with an overlay per step (use with --step all).")
    private boolean beamer;

    @Option(names = "--body-only",
            description = "TikZ only: just the tikzpicture, its colours inside, to \\input into your own document (it needs \\usepackage{tikz}).")
    private boolean bodyOnly;

    @Option(names = "--slide", paramLabel = "W:H",
            description = "Fill slides of this shape (16:9, 4:3) with digits at least 3%% of the slide's height: "
                    + "a big graph is cropped to each step, or split over several slides.")
    private String slide;

    @Option(names = "--edges", paramLabel = "SHAPE", defaultValue = "orthogonal",
            description = "orthogonal (default, as on screen) or splines.")
    private String edges;

    @Mixin
    private TrainingExport training;

    @Override
    public Integer call() {
        // Exports draw with Java2D; without a display it must run headless, and before any AWT class loads.
        System.setProperty("java.awt.headless", "true");
        return program.run(spec, out -> {
            program.source();
            Optional<TrainingPlot> plot = training.plot();
            if (plot.isPresent()) {
                training.exportPlot(plot.get(), program, chosenFormat(), options(), output, out);
                return;
            }
            GraphExporter exporter = new GraphExporter(chosenFormat(), options());
            StepChoice steps = steps();
            ComputationGraph graph = program.graph();
            InputValues values = program.values(graph);
            if (training.trains()) values = training.run(program.source(), program, graph, values).trained(values);
            PassTimeline timeline = new PassTimeline(Analysis.of(values));
            checkRange(steps, timeline);
            TextReport.writeNotes(graph, out);
            Drawing drawing = exporter.layout(graph);
            if (drawing.effort().compromise() != null) {
                spec.commandLine().getErr().println("note: " + Messages.sentence(drawing.effort().compromise()));
            }
            List<Path> written = exporter.export(timeline, drawing, steps, output, program.file());
            written.forEach(path -> out.println("wrote " + path));
        });
    }

    private ExportFormat chosenFormat() {
        if (format != null) {
            return ExportFormat.byId(format).orElseThrow(() -> new UserError(
                    "--format " + format + ": unknown format; choose one of " + ExportFormat.choices()));
        }
        return ExportFormat.byFileName(output.getFileName().toString()).orElseThrow(() -> new UserError(
                "cannot tell the format from '" + output.getFileName() + "'; add --format with one of " + ExportFormat.choices()));
    }

    private ExportOptions options() {
        Theme chosenTheme = PictureChoices.theme(theme);
        if (beamer && chosenFormat() != ExportFormat.TIKZ) {
            throw new UserError("--beamer makes a Beamer slide, so it needs --format tikz");
        }
        if (bodyOnly && chosenFormat() != ExportFormat.TIKZ) {
            throw new UserError("--body-only writes a tikzpicture to \\input into LaTeX, so it needs --format tikz");
        }
        SlideFormat slides = slideFormat();
        if (slides != null && chosenFormat() == ExportFormat.DOT) {
            throw new UserError("--slide makes PNG, SVG, PDF or TikZ slides; Graphviz lays DOT out anew, so choose another format");
        }
        if (slides != null && bodyOnly) {
            throw new UserError("--slide makes whole slides and --body-only a picture for your own page; choose one");
        }
        return new ExportOptions(chosenTheme, new FrameContent.Shown(!noValues, !noGradients, !noLocals, labels()), title,
                PictureChoices.scale(scale), transparent, beamer, edgeShape(), bodyOnly, slides);
    }

    private SlideFormat slideFormat() {
        if (slide == null) return null;
        try {
            return SlideFormat.parse(slide);
        } catch (IllegalArgumentException e) {
            throw new UserError("--slide " + e.getMessage());
        }
    }

    private EdgeLabels labels() {
        return EdgeLabels.byId(edgeLabels).orElseThrow(() -> new UserError("--edge-labels " + edgeLabels
                + ": unknown choice; choose one of " + Arrays.stream(EdgeLabels.values()).map(EdgeLabels::id)
                .collect(Collectors.joining(", "))));
    }

    private EdgeShape edgeShape() {
        return switch (edges.strip().toLowerCase(Locale.ROOT)) {
            case "orthogonal" -> EdgeShape.ORTHOGONAL;
            case "splines", "spline" -> EdgeShape.SPLINE;
            default -> throw new UserError("--edges " + edges + ": unknown edge shape; choose one of orthogonal, splines");
        };
    }

    private StepChoice steps() {
        try {
            return StepChoice.parse(step);
        } catch (IllegalArgumentException e) {
            throw new UserError("--step " + step + ": " + e.getMessage());
        }
    }

    private static void checkRange(StepChoice steps, PassTimeline timeline) {
        try {
            steps.positions(timeline);
        } catch (IllegalArgumentException e) {
            throw new UserError("--step " + e.getMessage());
        }
    }
}
