package studio.backprop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.Nudge;
import studio.backprop.autodiff.NudgeCheck;
import studio.backprop.expr.ParseException;
import studio.backprop.graph.ComputationGraph;

@Command(name = "eval", sortOptions = false,
        description = "Run the forward pass, the backward pass and the nudge check on a program.",
        footer = {"", "Examples:",
            "  eval resources/examples/lecture.cgraph",
            "  eval -e \"3*(a+b*c)\" --set a=5 --set b=3 --set c=2 --json"})
final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A program file (.cgraph).")
    private Path file;

    @Option(names = {"-e", "--expression"}, paramLabel = "PROGRAM", description = "The program itself, e.g. \"3*(a+b*c)\".")
    private String expression;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Give an input a value (repeatable).")
    private Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--h", paramLabel = "H", defaultValue = "0.001", description = "The nudge size (default: ${DEFAULT-VALUE}).")
    private double h;

    @Option(names = "--tree", description = "Keep identical subexpressions as separate nodes.")
    private boolean tree;

    @Option(names = "--json", description = "Print one JSON object instead of the readable report.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String source = null;
        try {
            source = ProgramInput.read(file, expression);
            if (!(h > 0) || Double.isInfinite(h)) {
                throw new UserError("--h " + h + ": h must be a positive number, such as 0.001");
            }
            ComputationGraph graph = ProgramInput.build(source, tree);
            Analysis analysis = Analysis.of(ProgramInput.values(graph, settings));
            List<Nudge> nudges = NudgeCheck.all(analysis.gradients(), h);
            out.print(json ? JsonReport.render(analysis, nudges, h) + "\n" : TextReport.render(analysis, nudges));
            out.flush();
            return 0;
        } catch (ParseException e) {
            err.println(Diagnostics.format(e, source));
        } catch (UserError e) {
            err.println("error: " + e.getMessage());
        }
        err.flush();
        return 2;
    }
}
