package studio.backprop.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import studio.backprop.expr.Expr;
import studio.backprop.tensor.Tensor;

/**
 * A value written out in the program: {@code 5}, {@code -2.5}, {@code [1, -1]} or
 * {@code [[1, 0], [0, 1], [1, 1]]} (rows). Assigned to a name, it makes an input of that value.
 */
final class TensorLiteral {

    private TensorLiteral() {
    }

    /** The value, if {@code expr} is a number or a bracket of numbers (or of brackets of numbers, all as long). */
    static Optional<Tensor> of(Expr expr) {
        OptionalDouble number = Expr.signedLiteral(expr);
        if (number.isPresent()) return Optional.of(Tensor.scalar(number.getAsDouble()));
        if (!(expr instanceof Expr.Bracket bracket)) return Optional.empty();
        Optional<double[]> flat = numbers(bracket);
        if (flat.isPresent()) return Optional.of(Tensor.vector(flat.get()));
        List<double[]> rows = new ArrayList<>();
        for (Expr item : bracket.items()) {
            Optional<double[]> row = numbers(item);
            if (row.isEmpty() || (!rows.isEmpty() && row.get().length != rows.get(0).length)) return Optional.empty();
            rows.add(row.get());
        }
        return Optional.of(Tensor.matrix(rows.toArray(double[][]::new)));
    }

    private static Optional<double[]> numbers(Expr expr) {
        if (!(expr instanceof Expr.Bracket bracket)) return Optional.empty();
        double[] values = new double[bracket.items().size()];
        for (int i = 0; i < values.length; i++) {
            OptionalDouble value = Expr.signedLiteral(bracket.items().get(i));
            if (value.isEmpty()) return Optional.empty();
            values[i] = value.getAsDouble();
        }
        return Optional.of(values);
    }
}
