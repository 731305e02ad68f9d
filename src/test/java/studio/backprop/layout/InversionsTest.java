package studio.backprop.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class InversionsTest {

    private static long byEveryPair(double[] values) {
        long count = 0;
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) if (values[i] > values[j]) count++;
        }
        return count;
    }

    @Test
    void countsThePairsOutOfOrderAsComparingEveryPairDoes() {
        Random random = new Random(7);
        for (int run = 0; run < 200; run++) {
            double[] values = new double[random.nextInt(60)];
            // Few distinct values, so that ties (which are not inversions) are common.
            for (int i = 0; i < values.length; i++) values[i] = random.nextInt(8) / 2.0;
            long expected = byEveryPair(values);
            assertThat(Inversions.count(values.clone())).isEqualTo(expected);
        }
    }

    @Test
    void aReversedRunOfNHasNTimesNMinusOneHalvesAndASortedOneNone() {
        assertThat(Inversions.count(new double[] {5, 4, 3, 2, 1})).isEqualTo(10);
        assertThat(Inversions.count(new double[] {1, 2, 2, 3})).isZero();
    }
}
