package studio.backprop.training;

import java.util.Map;
import java.util.Optional;

import studio.backprop.expr.Expr;
import studio.backprop.graph.DataSource;
import studio.backprop.tensor.Tensor;

/**
 * The data source a program is built with when its data inputs get other rows than their own: a
 * training step's batch, or the grid of points a decision boundary is drawn from. Files are still
 * read from {@code files}; only the shapes of the rows given here matter to the build.
 */
record DataRows(DataSource files, Map<String, Tensor> rows) implements DataSource {

    DataRows {
        rows = Map.copyOf(rows);
    }

    @Override
    public Tensor csv(Expr.Csv csv) {
        return files.csv(csv);
    }

    @Override
    public Optional<Tensor> batch(String name) {
        return Optional.ofNullable(rows.get(name));
    }
}
