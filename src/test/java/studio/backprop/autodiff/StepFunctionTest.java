package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.backprop.autodiff.Programs.analyze;
import static studio.backprop.autodiff.Programs.grad;
import static studio.backprop.autodiff.Programs.value;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.backprop.expr.Op;

/**
 * Heaviside's step as Tutorial 3 (4.2) defines it, f(z) = 0 for z ≤ 0 and 1 for z > 0, and the
 * XOR network it makes possible without biases.
 */
class StepFunctionTest {

    /** No biases; each hidden unit fires when its input is larger than the other one, the output when either fires. */
    private static final String XOR = """
            w11 = 1; w12 = -1; w21 = -1; w22 = 1
            z1 = w11*x1 + w12*x2
            z2 = w21*x1 + w22*x2
            h1 = step(z1)
            h2 = step(z2)
            y = step(h1 + h2)
            """;

    @ParameterizedTest(name = "step({0}) = {1}")
    @CsvSource({"-2, 0", "-1e-300, 0", "0, 0", "-0.0, 0", "1e-300, 1", "3, 1"})
    void stepIsZeroUpToAndAtZeroAndOneAfter(double z, double expected) {
        assertThat(Op.STEP.apply(new double[] {z})).isEqualTo(expected);
        assertThat(Op.STEP.partial(0, new double[] {z}, expected)).isZero();
    }

    @Test
    void stepOfNotANumberIsNotANumber() {
        assertThat(Op.STEP.apply(new double[] {Double.NaN})).isNaN();
    }

    @ParameterizedTest(name = "XOR({0}, {1}) = {2}")
    @CsvSource({"0, 0, 0", "0, 1, 1", "1, 0, 1", "1, 1, 0"})
    void theTutorialsStepNetworkComputesXorForEveryPair(double x1, double x2, double expected) {
        Analysis analysis = analyze(XOR, Map.of("x1", x1, "x2", x2));
        assertThat(analysis.evaluation().output()).isEqualTo(expected);
        assertThat(value(analysis, "h1")).isEqualTo(x1 > x2 ? 1 : 0);
        assertThat(value(analysis, "h2")).isEqualTo(x2 > x1 ? 1 : 0);
        assertThat(grad(analysis, "x1")).as("a step passes no gradient back").isZero();
        assertThat(grad(analysis, "w11")).isZero();
    }

    @Test
    void atTheJumpTheNudgeSeesALeapThatBackpropDoesNot() {
        Analysis analysis = analyze(XOR, Map.of("x1", 1.0, "x2", 1.0));
        Nudge nudge = NudgeCheck.of(analysis.gradients(), analysis.graph().input("x1").orElseThrow(), 0.001);
        assertThat(nudge.analytic()).isZero();
        assertThat(nudge.deltaJ()).as("y leaps from 0 to 1").isEqualTo(1);
        assertThat(nudge.forward()).isEqualTo(1 / 0.001);
        assertThat(NudgeDiagnosis.explain(analysis.gradients(), nudge)).contains(
                "step(z1) is at its jump (z1 = 0), where it leaps from 0 to 1: a nudge that moves z1 up measures a "
                        + "slope of about 1/h. Backprop uses step'(0) = 0, the slope on either side.");
    }

    @Test
    void theJumpNamedIsTheOneTheNudgeMoves() {
        Analysis analysis = analyze(XOR, Map.of("x1", 1.0, "x2", 1.0));
        Nudge nudge = NudgeCheck.of(analysis.gradients(), analysis.graph().input("x2").orElseThrow(), 0.001);
        assertThat(NudgeDiagnosis.explain(analysis.gradients(), nudge)).hasValueSatisfying(reason ->
                assertThat(reason).as("x2 + h lowers z1 but lifts z2 over its jump").startsWith("step(z2) is at its jump"));
    }

    @Test
    void aJumpInsideTheNudgeIsNamedAsAJump() {
        Analysis analysis = analyze("z = -0.0004; J = 3*step(z)");
        Nudge nudge = NudgeCheck.of(analysis.gradients(), analysis.graph().input("z").orElseThrow(), 0.001);
        assertThat(NudgeDiagnosis.explain(analysis.gradients(), nudge)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("step(z) jumps between x − h and x + h, so the nudge measures the jump, not a slope"));
    }

    @Test
    void awayFromTheJumpTheNudgeAgreesThatTheSlopeIsZero() {
        Analysis analysis = analyze("z = 0.5; J = 3*step(z)");
        Nudge nudge = NudgeCheck.of(analysis.gradients(), analysis.graph().input("z").orElseThrow(), 0.001);
        assertThat(nudge.forward()).isZero();
        assertThat(NudgeDiagnosis.explain(analysis.gradients(), nudge)).isEmpty();
    }

    @Test
    void stepsKinkIsAJumpAndTheOthersAreCorners() {
        assertThat(Op.STEP.hasKinks()).isTrue();
        assertThat(Op.STEP.jumps()).isTrue();
        assertThat(Op.STEP.isKink(new double[] {0})).isTrue();
        assertThat(Op.STEP.kinkDistance(new double[] {-0.25})).isEqualTo(0.25);
        assertThat(Op.RELU.jumps()).isFalse();
    }
}
