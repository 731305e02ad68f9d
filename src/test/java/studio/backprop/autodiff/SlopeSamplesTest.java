package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** What the slope picture and the h plot are drawn from, against the functions worked by hand. */
class SlopeSamplesTest {

    private static OutputAlong along(String program, String input) {
        Analysis analysis = Programs.analyze(program);
        return OutputAlong.of(analysis.gradients(), Programs.node(analysis, input), 0);
    }

    @Test
    void theSlopeOfASquaredIsSampledAroundTwoWithTheCoursesTriangle() {
        SlopeSamples samples = SlopeSamples.of(along("a = 2\nJ = a^2", "a"), 0.001);
        assertThat(samples.wide().from()).isEqualTo(1);
        assertThat(samples.wide().to()).isEqualTo(3);
        for (int i = 0; i < samples.wide().x().length; i++) {
            double x = samples.wide().x()[i];
            assertThat(samples.wide().j()[i]).isCloseTo(x * x, within(1e-12));
        }
        // The course: a = 2.001 gives f = 4.004, ΔJ ≈ 0.004, slope 4.
        assertThat(samples.jPlus()).isCloseTo(4.004001, within(1e-12));
        assertThat(samples.deltaJ()).isCloseTo(0.004001, within(1e-12));
        assertThat(samples.slope()).isEqualTo(4);
        assertThat(samples.magnification()).isEqualTo(500);
        double span = samples.close().to() - samples.close().from();
        assertThat(span).isCloseTo(2.0 / 500, within(1e-15));
        assertThat(samples.close().from()).isLessThan(2).isGreaterThan(2 - span / 2);
        assertThat(samples.close().to()).isGreaterThan(2.001);
    }

    @Test
    void magnificationIsOneTwoOrFiveTimesAPowerOfTenAndLeavesRoomForTheTriangle() {
        assertThat(SlopeSamples.magnification(2, 0.1)).isEqualTo(5);
        assertThat(SlopeSamples.magnification(2, 0.001)).isEqualTo(500);
        assertThat(SlopeSamples.magnification(5, 1e-12)).isEqualTo(2e12);
        assertThat(SlopeSamples.magnification(2, 1)).isEqualTo(1);
    }

    @Test
    void aVectorInputsElementIsMovedAloneAndJIsTheOutput() {
        Analysis analysis = Programs.analyze("x = [1, -1]\nW = [[1, 0], [0, 1], [1, 1]]\nv = [0.5, 0.5, 2.5]\nf = v · σ(W · x)");
        OutputAlong along = OutputAlong.of(analysis.gradients(), Programs.node(analysis, "W"), 5);
        assertThat(along.inputName()).isEqualTo("W[3,2]");
        assertThat(along.x()).isEqualTo(1);
        assertThat(along.slope()).isCloseTo(-0.625, within(1e-12));
        // f = 2.5·σ(x1 + w·x2) + … with x2 = −1: moving W[3,2] from 1 to 0 gives σ(1) for the third unit.
        double f = 0.5 / (1 + Math.exp(-1)) + 0.5 / (1 + Math.exp(1)) + 2.5 / (1 + Math.exp(-1));
        assertThat(along.at(0)).isCloseTo(f, within(1e-12));
    }

    @Test
    void theForwardDifferenceOfASquareIsOffByExactlyHAndTheCentralOneNotAtAll() {
        StepSizeSweep sweep = StepSizeSweep.of(along("a = 2\nJ = a^2", "a"));
        assertThat(sweep.h()).hasSize(45);
        assertThat(sweep.h()[0]).isEqualTo(0.1);
        assertThat(sweep.h()[44]).isCloseTo(1e-12, offset(1e-24));
        for (int i = 0; i <= 12; i++) {
            // ((a + h)² − a²)/h = 2a + h: the truncation error is h itself.
            assertThat(sweep.forwardError()[i]).as("h = %s", sweep.h()[i]).isCloseTo(sweep.h()[i], within(1e-6 * sweep.h()[i]));
            assertThat(sweep.centralError()[i]).isLessThan(1e-11);
        }
    }

    @Test
    void truncationFallsWithHUntilRoundOffRisesAgain() {
        StepSizeSweep sweep = StepSizeSweep.of(along("x = 0\nJ = exp(x)", "x"));
        int tenthOfAPercent = 8; // h = 10^-3
        assertThat(sweep.h()[tenthOfAPercent]).isCloseTo(1e-3, within(1e-18));
        // exp: forward error h/2 + h²/6 + …, central error h²/6 + …
        assertThat(sweep.forwardError()[tenthOfAPercent]).isCloseTo(5.0017e-4, within(1e-7));
        assertThat(sweep.centralError()[tenthOfAPercent]).isCloseTo(1.6667e-7, within(1e-9));
        int best = 0;
        for (int i = 0; i < sweep.h().length; i++) {
            if (sweep.forwardError()[i] < sweep.forwardError()[best]) best = i;
        }
        // The best h for the forward difference is near √ε ≈ 1e-8: neither end.
        assertThat(sweep.h()[best]).isBetween(1e-10, 1e-6);
        assertThat(sweep.forwardError()[sweep.h().length - 1]).isGreaterThan(100 * sweep.forwardError()[best]);
    }
}
