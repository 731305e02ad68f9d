package studio.backprop.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import studio.backprop.graph.ComputationGraph;
import studio.backprop.training.Trainer;
import studio.backprop.training.TrainingException;
import studio.backprop.training.TrainingRun;
import studio.backprop.training.TrainingSettings;

@Command(name = "train", sortOptions = false,
        description = "Train a program's parameters (learn w = ...) by gradient descent on its data (data X = ...).",
        footer = {"", "Without --batch every step uses all rows (gradient descent); --batch 1 is stochastic gradient",
            "descent, --batch B mini-batch. Each epoch visits every row once, in an order shuffled by --seed.",
            "", "Examples:",
            "  train resources/examples/logistic-regression-training.cgraph --steps 200 --rate 0.5",
            "  train -e \"learn w = 0.5; J = (w - 2)^2\" --steps 5"})
final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProgramOptions program;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "100", description = "How many steps (default: ${DEFAULT-VALUE}).")
    private String steps;

    @Option(names = "--rate", paramLabel = "A", defaultValue = "0.1", description = "The learning rate α (default: ${DEFAULT-VALUE}).")
    private String rate;

    @Option(names = "--batch", paramLabel = "B", description = "Rows per step: 1 for SGD, B for mini-batch (default: all rows).")
    private String batch;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Orders the rows at each epoch (default: ${DEFAULT-VALUE}).")
    private String seed;

    @Option(names = "--json", description = "Print one JSON object: each step's rows, loss and parameters.")
    private boolean json;

    @Override
    public Integer call() {
        return program.run(spec, out -> {
            program.source();
            int stepCount = whole("--steps", steps, 1);
            double alpha = ProgramInput.number("--rate " + Messages.quoted(rate), rate);
            if (!(alpha > 0)) throw new UserError("--rate " + Messages.quoted(rate) + ": α must be a positive number, such as 0.1");
            int rows = batch == null ? 0 : whole("--batch", batch, 1);
            long order = whole("--seed", seed, Integer.MIN_VALUE);
            ComputationGraph graph = program.graph();
            TrainingRun run;
            try {
                run = new TrainingRun(Trainer.of(program.source(), program.buildOptions(), graph,
                        new TrainingSettings(alpha, rows, order), program.values(graph)));
            } catch (TrainingException e) {
                throw new UserError(e.getMessage());
            }
            if (json) {
                TrainJsonReport.write(run, stepCount, out);
                out.println();
            } else {
                TrainTextReport.write(run, stepCount, out);
            }
        });
    }

    private static int whole(String option, String text, int least) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value < least) throw new NumberFormatException();
            return value;
        } catch (NumberFormatException e) {
            throw new UserError(option + " " + Messages.quoted(text) + ": expect a whole number"
                    + (least > 0 ? " of at least " + least : "") + ", as in " + option + " " + Math.max(least, 10));
        }
    }
}
