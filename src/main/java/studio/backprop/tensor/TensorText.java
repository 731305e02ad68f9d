package studio.backprop.tensor;

import java.util.function.DoubleFunction;

import studio.backprop.expr.Numbers;

/**
 * A vector or matrix written out for a caption or a report, cut readably when it is big: a vector
 * {@code [1, -1, 0]}, a matrix by rows {@code [[1, 0], [0, 1], [1, 1]]}; past
 * {@value #MOST_SHOWN} elements or rows the rest is "…" and a count.
 */
public final class TensorText {

    /** A caption shows at most this many elements of a vector, or rows and columns of a matrix. */
    public static final int MOST_SHOWN = 4;

    private TensorText() {
    }

    /** Four significant digits, as nodes show them. */
    public static String of(Tensor value) {
        return of(value, Numbers::compact, MOST_SHOWN);
    }

    /** Six significant digits, as scalars are written, but cut short like {@link #of(Tensor)} past a few elements. */
    public static String precise(Tensor value) {
        return of(value, Numbers::format, MOST_SHOWN);
    }

    /** Every element in full, six significant digits: for the command line's report. */
    public static String full(Tensor value) {
        return of(value, Numbers::format, Integer.MAX_VALUE);
    }

    public static String of(Tensor value, DoubleFunction<String> number, int most) {
        Shape shape = value.shape();
        if (shape.isScalar()) return number.apply(value.scalar());
        if (!shape.isMatrix()) return row(value, 0, shape.size(), number, most);
        StringBuilder text = new StringBuilder("[");
        int rows = Math.min(shape.rows(), most);
        for (int r = 0; r < rows; r++) {
            if (r > 0) text.append(", ");
            text.append(row(value, r * shape.columns(), shape.columns(), number, most));
        }
        if (shape.rows() > rows) text.append(", … (").append(shape.rows() - rows).append(" more rows)");
        return text.append(']').toString();
    }

    private static String row(Tensor value, int from, int length, DoubleFunction<String> number, int most) {
        StringBuilder text = new StringBuilder("[");
        int shown = Math.min(length, most);
        for (int i = 0; i < shown; i++) {
            if (i > 0) text.append(", ");
            text.append(number.apply(value.get(from + i)));
        }
        if (length > shown) text.append(", … (").append(length - shown).append(" more)");
        return text.append(']').toString();
    }
}
