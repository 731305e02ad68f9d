package studio.backprop.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.Nudge;
import studio.backprop.autodiff.NudgeCheck;
import studio.backprop.autodiff.ScalarViewCheck;
import studio.backprop.graph.ComputationGraph;

@Command(name = "eval", sortOptions = false,
        description = "Run the forward pass, the backward pass and the nudge check on a program.",
        footer = {"", "Examples:",
            "  eval resources/examples/lecture.cgraph",
            "  eval -e \"3*(a+b*c)\" --set a=5 --set b=3 --set c=2 --json"})
final class EvalCommand implements Callable<Integer> {

    /** The scalar view of a program with vectors or matrices, checked against the tensor view first. */
    private Analysis exploded(Analysis tensors, java.io.PrintWriter out) {
        if (tensors.graph().isScalar()) return tensors;
        ScalarViewCheck check = ScalarViewCheck.of(tensors);
        if (!check.agrees()) {
            throw new IllegalStateException("the scalar view disagrees with the tensor view: " + check.disagreement());
        }
        if (!json) {
            out.println("Scalar view: " + check.scalars().graph().size() + " nodes; it agrees with the tensor view on all "
                    + check.compared() + " numbers compared (the output and every input element's gradient).");
            out.println();
        }
        return check.scalars();
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProgramOptions program;

    @Option(names = "--h", paramLabel = "H", defaultValue = "0.001", description = "The nudge size (default: ${DEFAULT-VALUE}).")
    private String nudgeSize;

    @Option(names = "--json", description = "Print one JSON object instead of the readable report.")
    private boolean json;

    @Option(names = "--scalars", description = "Explode vectors and matrices into scalars (inputs named W1[3,2]) and "
            + "evaluate that graph; it is checked against the tensor view.")
    private boolean scalars;

    @Override
    public Integer call() {
        return program.run(spec, out -> {
            program.source();
            double h = ProgramInput.number("--h " + Messages.quoted(nudgeSize), nudgeSize);
            if (!(h > 0)) {
                throw new UserError("--h " + Messages.quoted(nudgeSize) + ": h must be a positive number, such as 0.001");
            }
            ComputationGraph graph = program.graph();
            Analysis analysis = Analysis.of(program.values(graph));
            if (scalars) analysis = exploded(analysis, out);
            List<Nudge> nudges = NudgeCheck.all(analysis.gradients(), h);
            if (json) {
                JsonReport.write(analysis, nudges, h, out);
                out.println();
            } else {
                TextReport.write(analysis, nudges, out);
            }
        });
    }
}
