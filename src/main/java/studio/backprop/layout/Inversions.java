package studio.backprop.layout;

/**
 * Counts the pairs {@code i < j} with {@code values[i] > values[j]} by merge sort, in
 * O(n log n): between two layers, with segments listed in the order of their upper ends, these
 * pairs are exactly the crossings.
 */
final class Inversions {

    private Inversions() {
    }

    /** The inversions of {@code values}, which ends up sorted. */
    static long count(double[] values) {
        return count(values, new double[values.length], 0, values.length);
    }

    private static long count(double[] values, double[] scratch, int from, int to) {
        if (to - from < 2) return 0;
        int middle = (from + to) >>> 1;
        long inversions = count(values, scratch, from, middle) + count(values, scratch, middle, to);
        int left = from, right = middle, out = from;
        while (left < middle && right < to) {
            if (values[right] < values[left]) {
                inversions += middle - left;
                scratch[out++] = values[right++];
            } else {
                scratch[out++] = values[left++];
            }
        }
        while (left < middle) scratch[out++] = values[left++];
        while (right < to) scratch[out++] = values[right++];
        System.arraycopy(scratch, from, values, from, to - from);
        return inversions;
    }
}
