package studio.backprop.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import studio.backprop.autodiff.InputValues;
import studio.backprop.expr.ProgramException;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.graph.Node;
import studio.backprop.io.ProgramFiles;
import studio.backprop.tensor.Tensor;

/** The program a command works on: read from a file or given with -e, then built and given values. */
final class ProgramInput {

    private ProgramInput() {
    }

    static String read(Path file, String expression) {
        if ((file == null) == (expression == null)) {
            throw new UserError("give either a FILE or -e PROGRAM, not " + (file == null ? "neither" : "both"));
        }
        if (expression != null) {
            return expression;
        }
        return ProgramFiles.read(file);
    }

    /** The program's own values with each {@code --set NAME=VALUE} applied; every name must be an input. */
    static InputValues values(ComputationGraph graph, List<String> settings) {
        InputValues values = InputValues.declared(graph);
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            if (equals <= 0) {
                throw new UserError("--set " + Messages.quoted(setting) + ": write it as NAME=VALUE, as in --set a=5");
            }
            String name = setting.substring(0, equals).strip();
            String text = setting.substring(equals + 1);
            String where = "--set " + Messages.quoted(name + "=" + text);
            Node input = graph.input(name).orElseThrow(() -> new UserError(where + ": " + noSuchInput(graph, name)));
            values = input.shape().isScalar() ? values.with(input, number(where, text))
                    : values.with(input, tensor(where, text, input));
        }
        return values.requireComplete();
    }

    private static String noSuchInput(ComputationGraph graph, String name) {
        boolean computed = graph.nodes().stream().anyMatch(node -> node.isNamed() && node.label().equals(name));
        String inputs = graph.inputs().isEmpty() ? "it has no inputs"
                : "its inputs are " + String.join(", ", graph.inputs().stream().map(Node::label).toList());
        return computed
                ? "'" + name + "' is computed by the program, not an input; --set only sets inputs (" + inputs + ")"
                : "the program has no variable '" + name + "'; " + inputs;
    }

    /** A vector or matrix as the command line takes it, written as in a program: [1, -1], [[1, 0], [0, 1]]. */
    static Tensor tensor(String where, String text, Node input) {
        ComputationGraph parsed;
        try {
            parsed = GraphBuilder.compile("value = " + text, BuildOptions.MERGED);
        } catch (ProgramException e) {
            throw new UserError(where + ": " + e.getMessage());
        }
        Optional<Tensor> value = parsed.output().isInput() ? parsed.declaredTensor(parsed.output()) : Optional.empty();
        if (value.isEmpty()) {
            throw new UserError(where + ": write the numbers of " + input.label() + " (" + input.shape()
                    + ") as in the program, such as [1, -1] or [[1, 0], [0, 1]]");
        }
        if (!value.get().shape().equals(input.shape())) {
            throw new UserError(where + ": " + input.label() + " is " + input.shape() + ", but this is " + value.get().shape());
        }
        return value.get();
    }

    /** A number as the command line takes it; the same limits and words as for a number in a program. */
    static double number(String where, String text) {
        double value;
        try {
            value = Double.parseDouble(text.strip().replace('−', '-'));
        } catch (NumberFormatException e) {
            throw new UserError(where + ": '" + Messages.clipped(text) + "' is not a number; write it like 2, -0.5 or 1e-3");
        }
        if (Double.isNaN(value)) {
            throw new UserError(where + ": NaN is not a number a variable can have; write it like 2, -0.5 or 1e-3");
        }
        if (Double.isInfinite(value)) {
            throw new UserError(where + ": " + Messages.clipped(text.strip()) + " is too large; the largest is about 1.8e308");
        }
        return value;
    }
}
