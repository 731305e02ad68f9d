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

    @ParameterizedTest(name = "{1} dragged on ±{0} → {2}")
    @CsvSource({"5, 5.1487603305785115, 5.15", "5, 0.30000000000000004, 0.3", "5, -2.004999, -2",
        "20, 6.8812, 6.88", "100, 12.345, 12.3", "2000, -712.6, -713", "2000000, 123456.7, 123000"})
    void aDraggedValueIsSnappedToAThousandthOfTheRangeRoundedToAPowerOfTen(double half, double dragged, double snapped) {
        SliderRange range = new SliderRange(-half, half);
        assertThat(range.snap(dragged)).isEqualTo(snapped);
        assertThat(Double.toString(range.snap(dragged))).as("no binary noise in the program text")
                .isEqualTo(Double.toString(snapped));
    }
}
