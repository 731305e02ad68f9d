package studio.backprop.training;

import java.util.Random;

/**
 * Which rows each training step uses. Gradient descent uses every row at every step. Stochastic
 * (a batch of 1) and mini-batch gradient descent shuffle the rows with a seeded generator at the
 * start of every epoch and take them a batch at a time, so each epoch visits every example once;
 * the last batch of an epoch holds what is left over.
 */
final class Batches {

    private final int rows;
    private final int size;
    private final Random random;
    private final int[] order;
    private int next;
    private int epoch;

    /** {@code size} 0 or at least {@code rows} means gradient descent on all rows. */
    Batches(int rows, int size, long seed) {
        this.rows = rows;
        this.size = size <= 0 || size >= rows ? rows : size;
        this.random = new Random(seed);
        this.order = new int[rows];
        for (int i = 0; i < rows; i++) order[i] = i;
        this.next = rows;
    }

    /** Rows per step: the whole data for gradient descent. */
    int size() {
        return size;
    }

    boolean isFullBatch() {
        return size == rows;
    }

    /** The epoch the last batch belonged to, from 1. */
    int epoch() {
        return epoch;
    }

    /** Whether the last batch ended its epoch. */
    boolean endedEpoch() {
        return next >= rows;
    }

    /** The next batch's rows, from 0; a new epoch begins with a fresh shuffle. */
    int[] next() {
        if (next >= rows) {
            epoch++;
            next = 0;
            if (!isFullBatch()) shuffle();
        }
        int count = Math.min(size, rows - next);
        int[] batch = new int[count];
        System.arraycopy(order, next, batch, 0, count);
        next += count;
        return batch;
    }

    /** Fisher–Yates over the previous order, so one generator gives every epoch's order. */
    private void shuffle() {
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int kept = order[i];
            order[i] = order[j];
            order[j] = kept;
        }
    }
}
