package studio.backprop.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.backprop.autodiff.PassTimeline;

class StepChoiceTest {

    private final PassTimeline lecture = ExportFixtures.timeline("lecture");

    @ParameterizedTest(name = "{0} is position {1}")
    @CsvSource({"final, 9", "start, 0", "forward:1, 1", "forward:3, 3", "backward:1, 4", "Backward:6, 9", "' final ', 9"})
    void aStepIsOnePositionOfTheTimeline(String text, int position) {
        assertThat(StepChoice.parse(text).positions(lecture)).containsExactly(position);
    }

    @Test
    void allIsEveryPositionFromNothingComputedToTheEnd() {
        assertThat(StepChoice.parse("all").positions(lecture)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "forward:0 | forward:0 is out of range: the forward pass has 3 steps, so K goes from 1 to 3",
        "forward:4 | forward:4 is out of range: the forward pass has 3 steps, so K goes from 1 to 3",
        "backward:7 | backward:7 is out of range: the backward pass has 6 steps, so K goes from 1 to 6"})
    void aStepOutOfRangeNamesTheRange(String text, String message) {
        StepChoice choice = StepChoice.parse(text);
        assertThatThrownBy(() -> choice.positions(lecture)).hasMessage(message);
    }

    @Test
    void aProgramWithoutComputationHasNoForwardSteps() {
        PassTimeline bare = ExportFixtures.timelineOf("a = 2");
        assertThatThrownBy(() -> StepChoice.parse("forward:1").positions(bare))
                .hasMessage("forward:1 is out of range: the program has no forward steps");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "middle | 'middle' is not a step; write final, start, forward:K, backward:K or all",
        "sideways:2 | 'sideways:2' is not a step; write final, start, forward:K, backward:K or all",
        "forward:two | 'forward:two': K must be a whole number, as in forward:2"})
    void anUnknownStepSaysHowStepsAreWritten(String text, String message) {
        assertThatThrownBy(() -> StepChoice.parse(text)).hasMessage(message);
    }
}
