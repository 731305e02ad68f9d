package studio.backprop.tensor;

/**
 * numpy's broadcasting for element-wise operations on scalars, vectors and matrices: shapes line up
 * from the right, and a dimension of 1 stretches to match. A scalar goes with anything, a vector of
 * n goes with a matrix of n columns (added to every row), a 1×n row and an m×1 column stretch.
 */
public final class Broadcast {

    private Broadcast() {
    }

    /** The shape of an element-wise result, or null if the two do not broadcast together. */
    public static Shape result(Shape a, Shape b) {
        int rows = stretch(a.broadcastRows(), b.broadcastRows());
        int columns = stretch(a.broadcastColumns(), b.broadcastColumns());
        if (rows < 0 || columns < 0) return null;
        if (a.isMatrix() || b.isMatrix()) return Shape.matrix(rows, columns);
        if (a.isVector() || b.isVector()) return Shape.vector(columns);
        return Shape.SCALAR;
    }

    private static int stretch(int x, int y) {
        if (x == y || y == 1) return x;
        if (x == 1) return y;
        return -1;
    }

    /**
     * For each element of a value of shape {@code result}, in row-by-row order, the element of
     * {@code operand} it takes part with.
     */
    public static int[] indices(Shape operand, Shape result) {
        int rows = result.broadcastRows();
        int columns = result.broadcastColumns();
        int operandRows = operand.broadcastRows();
        int operandColumns = operand.broadcastColumns();
        int[] indices = new int[rows * columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                indices[r * columns + c] = (operandRows == 1 ? 0 : r) * operandColumns + (operandColumns == 1 ? 0 : c);
            }
        }
        return indices;
    }

    /** Whether an operand of this shape takes part in the result element by element, with no stretching. */
    public static boolean isElementwise(Shape operand, Shape result) {
        return operand.size() == result.size();
    }
}
