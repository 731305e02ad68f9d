package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static studio.backprop.autodiff.Programs.grad;
import static studio.backprop.autodiff.Programs.value;

import org.junit.jupiter.api.Test;

import studio.backprop.io.ExampleCatalog;

/**
 * Every bundled example, loaded from the classpath as the app will load it, against the values in
 * the course material or worked out by hand.
 */
class ExamplesTest {

    static Analysis example(String name) {
        return Programs.analyze(ExampleCatalog.named(name).source());
    }

    @Test
    void lecture() {
        Analysis lecture = example("lecture");
        assertThat(value(lecture, "u")).isEqualTo(6);
        assertThat(value(lecture, "v")).isEqualTo(11);
        assertThat(value(lecture, "J")).isEqualTo(33);
        assertThat(grad(lecture, "v")).isEqualTo(3);
        assertThat(grad(lecture, "u")).isEqualTo(3);
        assertThat(grad(lecture, "a")).isEqualTo(3);
        assertThat(grad(lecture, "b")).isEqualTo(6);
        assertThat(grad(lecture, "c")).isEqualTo(9);
    }

    @Test
    void slp3Figure7Point12() {
        Analysis slp3 = example("slp3-c-times-sum");
        assertThat(value(slp3, "L")).isEqualTo(-10);
        assertThat(grad(slp3, "a")).isEqualTo(-2);
        assertThat(grad(slp3, "b")).isEqualTo(-4);
        assertThat(grad(slp3, "c")).isEqualTo(5);
    }

    @Test
    void colahsFanOut() {
        Analysis colah = example("colah-fan-out");
        assertThat(value(colah, "e")).isEqualTo(6);
        assertThat(grad(colah, "a")).isEqualTo(2);
        assertThat(grad(colah, "b")).isEqualTo(5);
    }

    @Test
    void slopeIntuition() {
        assertSlope(example("slope-a-squared"), 4.001, 4);
        assertSlope(example("slope-a-cubed"), 12.006, 12);
        assertSlope(example("slope-ln"), 0.49988, 0.5);
    }

    private static void assertSlope(Analysis analysis, double nudgeSlope, double analytic) {
        Nudge nudge = NudgeCheck.of(analysis.gradients(), analysis.graph().input("a").orElseThrow(), 0.001);
        assertThat(nudge.forward()).isCloseTo(nudgeSlope, within(1e-5));
        assertThat(nudge.analytic()).isEqualTo(analytic);
    }

    @Test
    void logisticRegressionGivesTheTextbookGradients() {
        Analysis logistic = example("logistic-regression");
        double z = 0.5 * 2 + -0.3 * 1 + 0.1;
        double a = 1 / (1 + Math.exp(-z));
        double y = 1;
        assertThat(value(logistic, "a")).isCloseTo(a, within(1e-15));
        assertThat(value(logistic, "L")).isCloseTo(-Math.log(a), within(1e-15));
        assertThat(grad(logistic, "w1")).isCloseTo((a - y) * 2, within(1e-12));
        assertThat(grad(logistic, "w2")).isCloseTo((a - y) * 1, within(1e-12));
        assertThat(grad(logistic, "b")).isCloseTo(a - y, within(1e-12));
    }

    @Test
    void sigmoidOfASum() {
        Analysis sigmoid = example("sigmoid-of-sum");
        assertThat(value(sigmoid, "z")).isEqualTo(0.5);
        assertThat(grad(sigmoid, "x")).isEqualTo(5 * 0.25);
        assertThat(grad(sigmoid, "y")).isEqualTo(0.25);
    }

    @Test
    void threeXSquaredY() {
        Analysis f = example("three-x-squared-y");
        double x = 2;
        double y = 3;
        assertThat(value(f, "f")).isEqualTo(3 * x * x * y);
        assertThat(grad(f, "x")).isEqualTo(6 * x * y);
        assertThat(grad(f, "y")).isEqualTo(3 * x * x);
    }

    @Test
    void theTwoThreeOneNetwork() {
        Analysis network = example("network-2-3-1");
        assertThat(value(network, "f")).isCloseTo(1.75, within(1e-15));
        assertThat(grad(network, "w32")).isCloseTo(-0.625, within(1e-15));
    }

    @Test
    void aTanhNeuron() {
        Analysis neuron = example("tanh-neuron");
        assertThat(value(neuron, "o")).isCloseTo(Math.sqrt(0.5), within(1e-12));
        assertThat(grad(neuron, "n")).isCloseTo(0.5, within(1e-12));
        assertThat(grad(neuron, "x1")).isCloseTo(-1.5, within(1e-12));
        assertThat(grad(neuron, "w1")).isCloseTo(1.0, within(1e-12));
        assertThat(grad(neuron, "x2")).isCloseTo(0.5, within(1e-12));
        assertThat(grad(neuron, "w2")).isZero();
    }

    @Test
    void aReluAtItsKink() {
        Analysis relu = example("relu-kink");
        Nudge nudge = NudgeCheck.of(relu.gradients(), relu.graph().input("x").orElseThrow(), 0.001);
        assertThat(nudge.analytic()).isZero();
        assertThat(nudge.forward()).isCloseTo(3, within(1e-9));
    }

    /** Tutorial 3's exercise z = x² − 6y² + 3xy − x + 2y + 6: ∂z/∂x = 2x + 3y − 1, ∂z/∂y = −12y + 3x + 2. */
    @Test
    void partialDerivativesWithLettersSideBySide() {
        Analysis tutorial = example("partial-derivatives");
        assertThat(value(tutorial, "z")).isEqualTo(4 - 6 + 6 - 2 + 2 + 6);
        assertThat(grad(tutorial, "x")).isEqualTo(2 * 2 + 3 * 1 - 1);
        assertThat(grad(tutorial, "y")).isEqualTo(-12 * 1 + 3 * 2 + 2);
        assertThat(tutorial.graph().inputs()).hasSize(2);
    }

    /** Tutorial 3, 4.2: with the step, XOR(1, 1) = 0, and every weight sits on a jump. */
    @Test
    void xorWithAStep() {
        Analysis xor = example("xor-step");
        assertThat(value(xor, "z1")).isZero();
        assertThat(value(xor, "z2")).isZero();
        assertThat(value(xor, "y")).isZero();
        Nudge nudge = NudgeCheck.of(xor.gradients(), xor.graph().input("w11").orElseThrow(), 0.001);
        assertThat(nudge.analytic()).isZero();
        assertThat(nudge.deltaJ()).isEqualTo(1);
    }
}
