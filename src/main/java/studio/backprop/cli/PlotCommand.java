package studio.backprop.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.NudgeCheck;
import studio.backprop.autodiff.OutputAlong;
import studio.backprop.autodiff.SlopeSamples;
import studio.backprop.autodiff.StepSizeSweep;
import studio.backprop.export.ExportFormat;
import studio.backprop.export.PlotExporter;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.layout.LayoutStyle;
import studio.backprop.presentation.Palette;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.PlotStyle;
import studio.backprop.presentation.Theme;
import studio.backprop.presentation.plot.SlopePicture;
import studio.backprop.presentation.plot.StepSizePicture;

@Command(name = "plot", sortOptions = false,
        description = "Draw the nudge panel's plots for one input: the slope picture (J against the input, backprop's "
                + "tangent and the nudge's triangle, magnified) or how h matters (the nudge's error against h, log-log).",
        footer = {"", "Examples:",
            "  plot resources/examples/slope-a-squared.cgraph --input a -o slope.svg",
            "  plot resources/examples/lecture.cgraph --input b --h 0.1 --scale 2 -o slope.png",
            "  plot resources/examples/slope-ln.cgraph --what h -o h.svg"})
final class PlotCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProgramOptions program;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The file to write: .png, .svg or .pdf.")
    private Path output;

    @Option(names = "--input", paramLabel = "NAME", description = "The input to nudge: a, or an element such as W1[3,2] (default: the first input).")
    private String input;

    @Option(names = "--what", paramLabel = "PLOT", defaultValue = "slope",
            description = "slope (default): the slope picture; h: the nudge's error against h.")
    private String what;

    @Option(names = "--h", paramLabel = "H", defaultValue = "" + NudgeCheck.DEFAULT_H,
            description = "The nudge (default 0.001), marked in the h plot.")
    private String h;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light", description = "light (default), dark or projector.")
    private String theme;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1", description = "PNG only: 1 to 4 times the pixels (default 1).")
    private String scale;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "640x360", description = "The picture's size in pixels (default 640x360).")
    private String size;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        return program.run(spec, out -> {
            program.source();
            ExportFormat format = ExportFormat.byFileName(output.getFileName().toString()).filter(PlotExporter::draws)
                    .orElseThrow(() -> new UserError("cannot write a plot as '" + output.getFileName() + "': name it .png, .svg or .pdf"));
            ComputationGraph graph = program.graph();
            Analysis analysis = Analysis.of(program.values(graph));
            OutputAlong along = chosenInput(analysis);
            double nudge = Numbers.positive("--h", h);
            double[] pixels = pixels();
            Theme chosen = PictureChoices.theme(theme);
            PlotStyle style = PlotStyle.of(chosen, LayoutStyle.DEFAULT.em() * Palette.of(chosen).fontScale());
            Picture picture = switch (what.strip()) {
                case "slope" -> new SlopePicture(style).compose(SlopeSamples.of(along, nudge), pixels[0], pixels[1], true);
                case "h" -> new StepSizePicture(style).compose(StepSizeSweep.of(along), nudge, pixels[0], pixels[1]);
                default -> throw new UserError("--what " + what + ": unknown plot; choose slope or h");
            };
            TextReport.writeNotes(graph, out);
            new PlotExporter(format, PictureChoices.scale(scale), false).export(picture, what.strip() + " of " + along.inputName(), output);
            out.println("wrote " + output);
        });
    }

    private OutputAlong chosenInput(Analysis analysis) {
        if (analysis.graph().inputs().isEmpty()) throw new UserError("the program has no inputs to nudge");
        if (input == null) {
            Node first = analysis.graph().inputs().get(0);
            return OutputAlong.of(analysis.gradients(), first, 0);
        }
        return OutputAlong.named(analysis.gradients(), input.strip()).orElseThrow(() -> new UserError("--input " + input
                + ": the program has no input of that name; its inputs are " + analysis.graph().inputs().stream()
                .map(Node::label).collect(Collectors.joining(", "))));
    }

    private double[] pixels() {
        String[] parts = size.strip().toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            double width = Double.parseDouble(parts[0]);
            double height = Double.parseDouble(parts[1]);
            if (parts.length == 2 && width >= 200 && height >= 120 && width <= 8000 && height <= 8000) return new double[] {width, height};
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        throw new UserError("--size " + size + ": give the width and height in pixels, such as 640x360 (from 200x120 to 8000x8000)");
    }

    /** Numbers typed on the command line. */
    private static final class Numbers {
        static double positive(String option, String text) {
            try {
                double value = Double.parseDouble(text.strip());
                if (value > 0 && Double.isFinite(value)) return value;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UserError(option + " " + text + ": give a positive number, such as 0.001");
        }
    }
}
