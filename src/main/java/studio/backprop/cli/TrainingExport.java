package studio.backprop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import studio.backprop.autodiff.InputValues;
import studio.backprop.export.ExportFormat;
import studio.backprop.export.ExportOptions;
import studio.backprop.export.PlotExporter;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.layout.LayoutStyle;
import studio.backprop.presentation.Palette;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.PlotStyle;
import studio.backprop.presentation.plot.TrainingPlot;
import studio.backprop.training.TrainingException;
import studio.backprop.training.TrainingHint;
import studio.backprop.training.TrainingProgress;
import studio.backprop.training.TrainingSession;
import studio.backprop.training.TrainingSettings;

/**
 * The options of {@code export} that draw a training run: the graph after K steps of training
 * ({@code --train K}), or one of the run's plots ({@code --picture loss|boundary|paths}). Training
 * goes as the program's {@code # train:} line says, unless {@code --rate}, {@code --batch} or
 * {@code --seed} say otherwise; a plot without {@code --train} trains the line's number of steps.
 */
final class TrainingExport {

    /** The graph's own options: they mean nothing for a plot, which says so rather than ignore them. */
    private static final List<String> GRAPH_ONLY = List.of("--step", "--title", "--no-values", "--no-gradients",
            "--no-locals", "--beamer", "--edges", "--tree");

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--train", paramLabel = "K",
            description = "Train K steps first: the graph then shows the parameters after step K.")
    private String train;

    @Option(names = "--picture", paramLabel = "WHAT", defaultValue = "graph",
            description = "graph (default), or a plot of the training: loss, boundary (two-feature classification) or paths (the parameters).")
    private String picture;

    @Option(names = "--rate", paramLabel = "A", description = "With --train or a plot: α (default: the program's '# train:' line, else 0.1).")
    private String rate;

    @Option(names = "--batch", paramLabel = "B", description = "With --train or a plot: rows per step (default: the '# train:' line, else all).")
    private String batch;

    @Option(names = "--seed", paramLabel = "S", description = "With --train or a plot: orders the rows (default: the '# train:' line, else 1).")
    private String seed;

    /** The plot asked for, or empty for the graph. */
    Optional<TrainingPlot> plot() {
        if (picture.strip().equalsIgnoreCase("graph")) return Optional.empty();
        TrainingPlot plot = TrainingPlot.byId(picture).orElseThrow(() -> new UserError("--picture " + picture
                + ": unknown picture; choose one of graph, " + TrainingPlot.choices()));
        for (String option : GRAPH_ONLY) {
            if (command.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new UserError(option + " is for the graph, not for --picture " + plot.id());
            }
        }
        return Optional.of(plot);
    }

    /** Whether the export draws training at all. */
    boolean trains() {
        return train != null || plot().isPresent();
    }

    /** Trains the program from {@code values} as the options and its '# train:' line say, and returns where it got. */
    TrainingProgress run(String source, ProgramOptions program, ComputationGraph graph, InputValues values) {
        TrainingHint hint = TrainingHint.of(source);
        int steps = train == null ? hint.steps() : TrainCommand.whole("--train", train, 0);
        TrainingSettings settings = hint.settings();
        if (rate != null) {
            double alpha = ProgramInput.number("--rate " + Messages.quoted(rate), rate);
            if (!(alpha > 0)) throw new UserError("--rate " + Messages.quoted(rate) + ": α must be a positive number, such as 0.1");
            settings = settings.withRate(alpha);
        }
        if (batch != null) settings = settings.withBatch(TrainCommand.whole("--batch", batch, 1));
        if (seed != null) settings = new TrainingSettings(settings.rate(), settings.batch(), TrainCommand.whole("--seed", seed, Integer.MIN_VALUE));
        TrainingSession session;
        try {
            session = TrainingSession.start(source, program.buildOptions(), graph, settings, values);
            return steps == 0 ? session.progress() : session.advance(steps, Long.MAX_VALUE, false);
        } catch (TrainingException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Draws the plot after training and writes it to {@code output}: PNG, SVG or PDF. */
    void exportPlot(TrainingPlot plot, ProgramOptions program, ExportFormat format, ExportOptions options, Path output,
                    PrintWriter out) {
        if (!PlotExporter.draws(format)) {
            throw new UserError("--picture " + plot.id() + " is drawn as png, svg or pdf, not " + format.id());
        }
        ComputationGraph graph = program.graph();
        TrainingProgress progress = run(program.source(), program, graph, program.values(graph));
        if (!plot.drawable(progress)) {
            throw new UserError("--picture boundary needs two-feature classification: data X with two columns, data y of "
                    + "0s and 1s, and a prediction σ(...) of X with one number per row, as in "
                    + "logistic-regression-training.cgraph");
        }
        double em = LayoutStyle.DEFAULT.fontSize() * Palette.of(options.theme()).fontScale();
        Picture picture = plot.draw(progress, new PlotStyle(Palette.of(options.theme()), em),
                TrainingPlot.EXPORT_WIDTH_EM * em, TrainingPlot.EXPORT_HEIGHT_EM * em);
        TextReport.writeNotes(graph, out);
        new PlotExporter(format, options).export(picture, plot.id() + " after " + progress.steps() + " steps", output);
        out.println("wrote " + output);
    }
}
