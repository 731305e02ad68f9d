package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static studio.backprop.autodiff.Programs.analyze;
import static studio.backprop.autodiff.Programs.node;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.backprop.graph.Node;

class NudgeCheckTest {

    static Nudge nudge(String source, String input, double h) {
        Analysis analysis = analyze(source);
        return NudgeCheck.of(analysis.gradients(), node(analysis, input), h);
    }

    @Test
    void theLecturesNudgeOfAMovesJByThreeTimesAsMuch() {
        Nudge a = nudge(PassesTest.LECTURE, "a", 0.001);
        assertThat(a.x()).isEqualTo(5);
        assertThat(a.deltaX()).isEqualTo(0.001);
        assertThat(a.j()).isEqualTo(33);
        assertThat(a.jPlus()).isCloseTo(33.003, within(1e-12));
        assertThat(a.deltaJ()).isCloseTo(0.003, within(1e-12));
        assertThat(a.forward()).isCloseTo(3, within(1e-9));
        assertThat(a.analytic()).isEqualTo(3);
    }

    /** The course's slope-intuition table at a = 2. */
    @ParameterizedTest(name = "{0}: nudge {1}, analytic {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a = 2; J = a^2      | 4.001      | 4    | 1e-9
            a = 2; J = a^3      | 12.006001  | 12   | 1e-8
            a = 2; J = ln(a)    | 0.49987504 | 0.5  | 1e-8
            """)
    void theSlopeIntuitionTable(String source, double expectedNudge, double analytic, double tolerance) {
        Nudge nudge = nudge(source, "a", 0.001);
        assertThat(nudge.forward()).isCloseTo(expectedNudge, within(tolerance));
        assertThat(nudge.analytic()).isEqualTo(analytic);
        assertThat(nudge.central()).isCloseTo(analytic, within(1e-5));
        assertThat(nudge.relativeError()).isLessThan(1e-6);
    }

    @Test
    void hCanBeChosen() {
        Nudge coarse = nudge("a = 2; J = a^2", "a", 0.1);
        assertThat(coarse.deltaX()).isEqualTo(0.1);
        assertThat(coarse.forward()).isCloseTo(4.1, within(1e-9));
        assertThat(coarse.central()).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void aNudgeAgreesWithAFullReevaluationAndLeavesTheBaseAlone() {
        Analysis analysis = analyze("a = 2; b = 1; c = a + b; d = b + 1; e = c*d");
        Node b = node(analysis, "b");
        Nudge nudge = NudgeCheck.of(analysis.gradients(), b, 0.001);
        Evaluation rerun = ForwardPass.run(analysis.evaluation().inputs().with(b, 1.001));
        assertThat(nudge.jPlus()).isEqualTo(rerun.output());
        assertThat(analysis.evaluation().output()).isEqualTo(6);
        assertThat(analysis.evaluation().value(b)).isEqualTo(1);
        assertThat(nudge.central()).isCloseTo(5, within(1e-9));
    }

    @Test
    void atAKinkTheNudgeAndBackpropDisagreeAndTheRelativeErrorShowsIt() {
        Nudge x = nudge("x = 0; b = 1; h = relu(x); J = 3*h + b", "x", 0.001);
        assertThat(x.analytic()).isZero();
        assertThat(x.forward()).isCloseTo(3, within(1e-9));
        assertThat(x.central()).isCloseTo(1.5, within(1e-9));
        assertThat(x.relativeError()).isEqualTo(1);
    }

    @Test
    void allGivesOneNudgePerInputInOrder() {
        Analysis analysis = analyze(PassesTest.LECTURE);
        assertThat(NudgeCheck.all(analysis.gradients(), 0.001)).extracting(nudge -> nudge.input().label())
                .containsExactly("a", "b", "c");
    }

    @Test
    void hMustBePositive() {
        Analysis analysis = analyze("a = 2; J = a");
        Node a = node(analysis, "a");
        assertThatThrownBy(() -> NudgeCheck.of(analysis.gradients(), a, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NudgeCheck.of(analysis.gradients(), a, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
