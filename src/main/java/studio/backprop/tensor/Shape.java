package studio.backprop.tensor;

/**
 * The shape of a value: a scalar, a vector of n (a column, as the course writes x), or a matrix of
 * m rows and n columns. A row, such as a vector's transpose xᵀ, is a 1×n matrix. Elements are
 * stored row by row, so a vector and a row of the same length hold their elements alike.
 *
 * @param rank    0 for a scalar, 1 for a vector, 2 for a matrix
 * @param rows    1 for a scalar, n for a vector
 * @param columns 1 for a scalar and for a vector
 */
public record Shape(int rank, int rows, int columns) {

    public static final Shape SCALAR = new Shape(0, 1, 1);

    public Shape {
        if (rank < 0 || rank > 2 || rows < 1 || columns < 1 || (rank < 2 && columns != 1) || (rank == 0 && rows != 1)) {
            throw new IllegalArgumentException("no shape of rank " + rank + " with " + rows + "×" + columns);
        }
    }

    public static Shape vector(int length) {
        return new Shape(1, length, 1);
    }

    public static Shape matrix(int rows, int columns) {
        return new Shape(2, rows, columns);
    }

    /** How many numbers a value of this shape holds. */
    public int size() {
        return rows * columns;
    }

    public boolean isScalar() {
        return rank == 0;
    }

    public boolean isVector() {
        return rank == 1;
    }

    public boolean isMatrix() {
        return rank == 2;
    }

    /** Its transpose: a vector becomes a row (1×n), a row becomes a vector, m×n becomes n×m. */
    public Shape transposed() {
        if (isScalar()) return this;
        if (isVector()) return matrix(1, rows);
        if (rows == 1) return vector(columns);
        return matrix(columns, rows);
    }

    /**
     * As numpy lines shapes up for element-wise operations, from the right: a vector of n is
     * one row of n there, so it is added to every row of a matrix with n columns.
     */
    int broadcastRows() {
        return isMatrix() ? rows : 1;
    }

    int broadcastColumns() {
        return isMatrix() ? columns : rows;
    }

    /** "3", "3×2", or "scalar": as the course writes shapes beside a name, dy (3), xᵀ (1×2). */
    @Override
    public String toString() {
        if (isScalar()) return "scalar";
        if (isVector()) return Integer.toString(rows);
        return rows + "×" + columns;
    }
}
