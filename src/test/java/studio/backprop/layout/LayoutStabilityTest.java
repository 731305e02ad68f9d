package studio.backprop.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayoutStabilityTest {

    private final GraphLayout layout = new ElkLayeredLayout();

    @Test
    void changingAnOperatorKeepsEveryNodeInPlace() {
        LayoutStability.Shift shift = LayoutStability.measure(layout,
                new LayoutStability.Edit("swap", "J = 3*(a + b*c)", "J = 3*(a - b*c)"));
        assertThat(shift.matched()).isEqualTo(7);
        assertThat(shift.stayed()).isEqualTo(7);
        assertThat(shift.max()).isZero();
    }

    @Test
    void addingATermAtTheEndKeepsMostOfTheLectureGraphInPlace() {
        LayoutStability.Shift shift = LayoutStability.measure(layout,
                new LayoutStability.Edit("add", "J = 3*(a + b*c)", "J = 3*(a + b*c) + d"));
        assertThat(shift.matched()).isEqualTo(7);
        assertThat(shift.stayed()).as("nodes that did not move at all").isGreaterThanOrEqualTo(6);
    }
}
