package studio.backprop.graph;

import java.util.Optional;

import studio.backprop.expr.Expr;
import studio.backprop.expr.ProgramException;
import studio.backprop.tensor.Tensor;

/**
 * Where data inputs get their rows when the program does not write them out: from a CSV file next
 * to the program, and, while training, from the batch of rows a step uses.
 */
public interface DataSource {

    /** A program that is not saved has no folder to find a file in. */
    DataSource NONE = new DataSource() {
        @Override
        public Tensor csv(Expr.Csv csv) {
            throw ProgramException.values(csv.fileSpan(), "csv(\"" + csv.file() + "\") reads a file next to the program. "
                    + "Save the program first, in the folder that holds " + csv.file() + ".");
        }

        @Override
        public Optional<Tensor> batch(String name) {
            return Optional.empty();
        }
    };

    /** The columns of a CSV file that the data input {@code csv.column()} takes. */
    Tensor csv(Expr.Csv csv);

    /** The rows a training step gives a data input in place of all of them; empty for all. */
    Optional<Tensor> batch(String name);
}
