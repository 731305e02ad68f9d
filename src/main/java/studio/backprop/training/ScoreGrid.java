package studio.backprop.training;

/**
 * z, the input of the prediction σ(z), at every point of a square grid over the plane of the two
 * features: the decision boundary is where z = 0, that is σ(z) = 0.5. Immutable.
 *
 * <p>Point (i, j), from 0, is x₁ = {@code x1(j)}, x₂ = {@code x2(i)}: rows of the grid go up x₂,
 * columns along x₁.
 */
public final class ScoreGrid {

    private final double x1Min;
    private final double x1Max;
    private final double x2Min;
    private final double x2Max;
    private final int points;
    private final double[] z;

    /** {@code z} row by row, {@code points} × {@code points} of them. */
    public ScoreGrid(double x1Min, double x1Max, double x2Min, double x2Max, int points, double[] z) {
        if (points < 2 || z.length != points * points) throw new IllegalArgumentException(z.length + " scores for a grid of " + points);
        this.x1Min = x1Min;
        this.x1Max = x1Max;
        this.x2Min = x2Min;
        this.x2Max = x2Max;
        this.points = points;
        this.z = z.clone();
    }

    /** Points along each side. */
    public int points() {
        return points;
    }

    public double x1Min() {
        return x1Min;
    }

    public double x1Max() {
        return x1Max;
    }

    public double x2Min() {
        return x2Min;
    }

    public double x2Max() {
        return x2Max;
    }

    public double x1(int column) {
        return x1Min + (x1Max - x1Min) * column / (points - 1);
    }

    public double x2(int row) {
        return x2Min + (x2Max - x2Min) * row / (points - 1);
    }

    /** z at row {@code i} (x₂) and column {@code j} (x₁). */
    public double z(int i, int j) {
        return z[i * points + j];
    }
}
