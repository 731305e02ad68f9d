package studio.backprop.tensor;

import java.util.Arrays;

/**
 * A value with its shape: the numbers of a scalar, a vector or a matrix, row by row. Immutable:
 * the array is copied in and never handed out.
 */
public final class Tensor {

    private final Shape shape;
    private final double[] data;

    private Tensor(Shape shape, double[] data) {
        this.shape = shape;
        this.data = data;
    }

    public static Tensor of(Shape shape, double[] data) {
        if (data.length != shape.size()) {
            throw new IllegalArgumentException(shape + " holds " + shape.size() + " numbers, not " + data.length);
        }
        return new Tensor(shape, data.clone());
    }

    public static Tensor scalar(double value) {
        return new Tensor(Shape.SCALAR, new double[] {value});
    }

    public static Tensor vector(double... values) {
        return new Tensor(Shape.vector(values.length), values.clone());
    }

    /** A matrix from its rows, which must all have the same length. */
    public static Tensor matrix(double[]... rows) {
        int columns = rows[0].length;
        double[] data = new double[rows.length * columns];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != columns) throw new IllegalArgumentException("row " + (r + 1) + " has " + rows[r].length + " numbers, not " + columns);
            System.arraycopy(rows[r], 0, data, r * columns, columns);
        }
        return new Tensor(Shape.matrix(rows.length, columns), data);
    }

    public Shape shape() {
        return shape;
    }

    public int size() {
        return data.length;
    }

    /** Element {@code index} in row-by-row order, from 0. */
    public double get(int index) {
        return data[index];
    }

    /** Element at row r, column c, from 0. */
    public double at(int r, int c) {
        return data[r * shape.columns() + c];
    }

    /** The scalar's value; for anything else, an error. */
    public double scalar() {
        if (!shape.isScalar()) throw new IllegalStateException("a " + shape + " value is not a scalar");
        return data[0];
    }

    /** The numbers, row by row, as a copy. */
    public double[] toArray() {
        return data.clone();
    }

    /** Copies the numbers into {@code target} from {@code offset}. */
    public void copyInto(double[] target, int offset) {
        System.arraycopy(data, 0, target, offset, data.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tensor tensor && tensor.shape.equals(shape) && Arrays.equals(tensor.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * shape.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return shape + " " + Arrays.toString(data);
    }
}
