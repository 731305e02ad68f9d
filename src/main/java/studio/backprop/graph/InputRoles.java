package studio.backprop.graph;

import java.util.Optional;

import studio.backprop.expr.Expr;
import studio.backprop.expr.InputRole;
import studio.backprop.expr.ProgramException;
import studio.backprop.expr.Statement;
import studio.backprop.tensor.Shape;
import studio.backprop.tensor.Tensor;

/**
 * The rules for parameters and data: a parameter starts from a value written out; data is written
 * out or read from a file, has one row per example, and every data input has the same number of
 * rows; a program that learns has a number for its output, the loss to go down.
 */
final class InputRoles {

    private InputRoles() {
    }

    /** The value a {@code learn} or {@code data} line gives its input, or during training the batch's rows. */
    static Tensor value(Statement.Assignment assignment, Optional<Tensor> literal, DataSource data) {
        InputRole role = assignment.role();
        if (role == InputRole.DATA) {
            Optional<Tensor> batch = data.batch(assignment.name());
            if (batch.isPresent()) return batch.get();
            if (assignment.value() instanceof Expr.Csv csv) return data.csv(csv);
        }
        return literal.orElseThrow(() -> ProgramException.values(assignment.value().span(), role == InputRole.DATA
                ? "data " + assignment.name() + " needs its rows written out, as in data " + assignment.name()
                        + " = [[1, 2], [3, 4]], or read from a file: data " + assignment.name() + " = csv(\"points.csv\")."
                : "learn " + assignment.name() + " needs a value to start from, written out, as in learn "
                        + assignment.name() + " = [0, 0]; training then changes it."));
    }

    /** How many examples a data input holds: a matrix's rows, a vector's elements. */
    static int rows(Shape shape) {
        return shape.isMatrix() ? shape.rows() : shape.size();
    }

    /**
     * Checked as each data line is read, before any use of it can fail on shapes: a data input has
     * rows, as many as the first data input ({@code first}, or null for this one).
     */
    static void checkRows(Statement.Assignment assignment, Shape shape, String firstName, Shape firstShape) {
        String name = assignment.name();
        if (shape.isScalar()) {
            throw ProgramException.shapes(assignment.nameSpan(), "data " + name + " is a single number, but data has "
                    + "one row per example: data " + name + " = [1, 0, 1], or a matrix with one row per example.");
        }
        if (firstShape != null && rows(shape) != rows(firstShape)) {
            throw ProgramException.shapes(assignment.nameSpan(), "data " + name + " has " + rows(shape) + " rows but "
                    + firstName + " has " + rows(firstShape) + ": every data input needs one row per example, the "
                    + "same examples in the same order.");
        }
    }

    static void check(ComputationGraph graph) {
        boolean learns = graph.inputs().stream().anyMatch(input -> input.role() == InputRole.PARAMETER);
        Node output = graph.output();
        if (learns && !output.shape().isScalar()) {
            throw ProgramException.shapes(output.span(), "Training makes the output smaller, so it must be one number, "
                    + "such as the mean loss over the rows; " + output.label() + " is "
                    + (output.shape().isMatrix() ? "a " + output.shape() + " matrix" : "a vector of " + output.shape().size())
                    + ". Try mean(...) or sum(...) of it.");
        }
    }
}
