package studio.backprop.presentation.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NiceTicksTest {

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({
        // min, max, count -> from, to, step
        "0, 1, 5, 0, 1, 0.2",
        "0, 300, 5, 0, 300, 100",
        "0, 0.693, 5, 0, 0.8, 0.2",
        "-1.35, 2.85, 5, -2, 3, 1",
        "0, 3, 5, 0, 3, 1",
        "0.3, 0.9, 5, 0.2, 1, 0.2",
        "-8.3, 8.8, 5, -10, 10, 5"})
    void roundStepsAndTheRangeOutToWholeSteps(double min, double max, int count, double from, double to, double step) {
        NiceTicks ticks = NiceTicks.of(min, max, count);
        assertThat(ticks.step()).isEqualTo(step);
        assertThat(ticks.from()).isCloseTo(from, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(ticks.to()).isCloseTo(to, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void ticksAreWholeMultiplesWithNoErrorAddedUp() {
        assertThat(NiceTicks.of(0, 1, 10).values()).containsExactly(0.0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5,
                0.6000000000000001, 0.7000000000000001, 0.8, 0.9, 1.0);
    }

    @Test
    void aRangeOfOneValueIsWidenedAroundIt() {
        NiceTicks ticks = NiceTicks.of(2, 2, 5);
        assertThat(ticks.from()).isLessThan(2);
        assertThat(ticks.to()).isGreaterThan(2);
    }
}
