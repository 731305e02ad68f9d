package studio.backprop.training;

import java.util.Arrays;

/**
 * Points (x, y) to plot, in order of x: the loss per step, or one parameter element's value per
 * step. Immutable, so a snapshot made on the training thread can be drawn on any other.
 */
public final class Series {

    private final String name;
    private final double[] xs;
    private final double[] ys;

    public Series(String name, double[] xs, double[] ys) {
        if (xs.length != ys.length) throw new IllegalArgumentException(xs.length + " x values for " + ys.length + " y values");
        this.name = name;
        this.xs = xs.clone();
        this.ys = ys.clone();
    }

    /** "J", "w[1]", "W1[2,1]". */
    public String name() {
        return name;
    }

    public int size() {
        return xs.length;
    }

    public boolean isEmpty() {
        return xs.length == 0;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    @Override
    public String toString() {
        return name + Arrays.toString(ys);
    }
}
