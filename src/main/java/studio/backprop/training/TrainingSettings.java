package studio.backprop.training;

/**
 * How to train: the learning rate α, the rows per step, and the seed that orders the rows.
 *
 * @param rate  α in w := w − α · dw
 * @param batch rows per step: 0 for all of them (gradient descent), 1 for stochastic gradient
 *              descent, anything between for mini-batch
 * @param seed  for the shuffle at each epoch; the same seed gives the same steps
 */
public record TrainingSettings(double rate, int batch, long seed) {

    public static final TrainingSettings DEFAULT = new TrainingSettings(0.1, 0, 1);

    public TrainingSettings {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("The learning rate must be a positive number, such as 0.1; got " + rate + ".");
        }
        if (batch < 0) throw new IllegalArgumentException("The batch size must be 0 (all rows) or more; got " + batch + ".");
    }

    public TrainingSettings withRate(double newRate) {
        return new TrainingSettings(newRate, batch, seed);
    }

    public TrainingSettings withBatch(int newBatch) {
        return new TrainingSettings(rate, newBatch, seed);
    }

    /** "gradient descent", "stochastic gradient descent" or "mini-batch gradient descent (4 rows)", for {@code rows} examples. */
    public String method(int rows) {
        if (rows <= 1 || batch == 0 || batch >= rows) return "gradient descent";
        if (batch == 1) return "stochastic gradient descent";
        return "mini-batch gradient descent (" + batch + " rows)";
    }
}
