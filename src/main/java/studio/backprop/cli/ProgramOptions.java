package studio.backprop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import studio.backprop.autodiff.InputValues;
import studio.backprop.expr.ProgramException;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.export.PictureTooLarge;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.io.CsvData;
import studio.backprop.io.FileProblem;
import studio.backprop.layout.TooLargeToDraw;

/**
 * The options every command that works on a program shares, {@code (FILE | -e PROGRAM)
 * [--set NAME=VALUE]... [--tree]}, and the way such a command reports mistakes: the program's
 * errors with line, column and a caret, other errors as one line, exit code 2, never a stack trace.
 */
final class ProgramOptions {

    /** What a command does once the program is read. */
    interface Work {
        void run(PrintWriter out);
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A program file (.cgraph).")
    private Path file;

    @Option(names = {"-e", "--expression"}, paramLabel = "PROGRAM", description = "The program itself, e.g. \"3*(a+b*c)\".")
    private String expression;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Give an input a value (repeatable).")
    private List<String> settings = new ArrayList<>();

    @Option(names = "--tree", description = "Keep identical subexpressions as separate nodes.")
    private boolean tree;

    // Here, in the options every command shares, so that "backprop export --help" shows the usage
    // instead of asking for the options it is about to explain. No -h: beside --h (the nudge's h)
    // a student would take it for the nudge size.
    @Option(names = "--help", usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    private String source;

    String source() {
        if (source == null) source = ProgramInput.read(file, expression);
        return source;
    }

    /** The program's file, or null for -e. */
    Path file() {
        return file;
    }

    ComputationGraph graph() {
        return GraphBuilder.compile(source(), buildOptions());
    }

    /** How the program is built: a data line's csv("points.csv") is found next to the program's file, or here for -e. */
    BuildOptions buildOptions() {
        Path folder = file == null || file.toAbsolutePath().getParent() == null ? Path.of("") : file.toAbsolutePath().getParent();
        return (tree ? BuildOptions.TREE : BuildOptions.MERGED).withData(new CsvData(folder));
    }

    /** The program's own values with each {@code --set} applied. */
    InputValues values(ComputationGraph graph) {
        return ProgramInput.values(graph, settings);
    }

    /** Runs {@code work}; returns 0, or 2 after printing what was wrong. */
    int run(CommandSpec spec, Work work) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            work.run(out);
            out.flush();
            return 0;
        } catch (ProgramException e) {
            err.println(Diagnostics.format(e, source));
        } catch (UserError | FileProblem e) {
            err.println("error: " + e.getMessage());
        } catch (PictureTooLarge e) {
            err.println("error: " + e.getMessage());
        } catch (TooLargeToDraw e) {
            err.println("error: " + Messages.sentence(e.getMessage()) + ". Its numbers are all there: "
                    + "eval prints them.");
        }
        err.flush();
        return 2;
    }
}
