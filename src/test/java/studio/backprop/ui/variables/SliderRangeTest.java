package studio.backprop.ui.variables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SliderRangeTest {

    @ParameterizedTest(name = "{0} → ±{1}")
    @CsvSource({"5, 10", "0, 5", "0.5, 5", "-2, 5", "6.88, 20", "30, 100", "-700, 2000", "1e6, 2000000"})
    void rangesAreSymmetricRoundAndHoldTheValueWithRoom(double value, double half) {
        SliderRange range = SliderRange.around(value);
        assertThat(range.max()).isEqualTo(half);
        assertThat(range.min()).isEqualTo(-half);
        assertThat(range.contains(value)).isTrue();
    }
}
