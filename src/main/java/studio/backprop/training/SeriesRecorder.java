package studio.backprop.training;

/**
 * Collects a series as training goes, in bounded memory: every point while there are fewer than
 * {@code limit}, then every second one, every fourth, and so on, so that a million steps keep a
 * curve of at most {@code limit} points spread evenly over them. The newest point is always kept,
 * so a curve ends where training stands.
 */
final class SeriesRecorder {

    private final int limit;
    private final double[] xs;
    private final double[] ys;
    private int size;
    /** Points seen so far, kept or not. */
    private long seen;
    /** Every stride-th point seen is kept. */
    private long stride = 1;
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;

    SeriesRecorder(int limit) {
        if (limit < 2 || limit % 2 != 0) throw new IllegalArgumentException("limit must be even and at least 2: " + limit);
        this.limit = limit;
        this.xs = new double[limit];
        this.ys = new double[limit];
    }

    void add(double x, double y) {
        lastX = x;
        lastY = y;
        if (seen++ % stride != 0) return;
        if (size == limit) {
            // Keep every second point: those whose count is a multiple of the doubled stride.
            for (int i = 0; i < limit / 2; i++) {
                xs[i] = xs[2 * i];
                ys[i] = ys[2 * i];
            }
            size = limit / 2;
            stride *= 2;
            if ((seen - 1) % stride != 0) return;
        }
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    /** Points seen, kept or not. */
    long seen() {
        return seen;
    }

    Series snapshot(String name) {
        boolean lastKept = size > 0 && xs[size - 1] == lastX;
        int count = size + (seen > 0 && !lastKept ? 1 : 0);
        double[] x = new double[count];
        double[] y = new double[count];
        System.arraycopy(xs, 0, x, 0, size);
        System.arraycopy(ys, 0, y, 0, size);
        if (count > size) {
            x[size] = lastX;
            y[size] = lastY;
        }
        return new Series(name, x, y);
    }
}
