package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.backprop.autodiff.Programs.analyze;
import static studio.backprop.autodiff.Programs.grad;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.stream.DoubleStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import studio.backprop.expr.Op;

/**
 * σ' and tanh' against a reference worked out here with 60 significant digits, from formulas other
 * than the app's: σ'(x) = 1/((1 + e^−x)(1 + e^x)) and tanh'(x) = 4/(e^x + e^−x)². At that precision
 * nothing cancels, so the reference is right to the last bit of a double.
 */
class SlopesKeepTheirDigitsTest {

    private static final MathContext DIGITS = new MathContext(60);
    /** A few units in the last place: the app's formulas round five or six times. */
    private static final double RELATIVE = 2e-15;

    /** Every 1.3 from −700 to 700, and the points students meet: 0, ±0.5, ±20, ±40. */
    static DoubleStream points() {
        return DoubleStream.concat(DoubleStream.iterate(-700, x -> x <= 700, x -> x + 1.3),
                DoubleStream.of(0, 0.5, -0.5, 20, -20, 40, -40, 700, -700));
    }

    @ParameterizedTest
    @MethodSource("points")
    void sigmoidsSlopeMatchesTheReference(double x) {
        double value = Op.SIGMOID.apply(new double[] {x});
        assertClose(Op.SIGMOID.partial(0, new double[] {x}, value), sigmoidSlope(x), x);
    }

    @ParameterizedTest
    @MethodSource("points")
    void tanhsSlopeMatchesTheReference(double x) {
        double value = Op.TANH.apply(new double[] {x});
        assertClose(Op.TANH.partial(0, new double[] {x}, value), tanhSlope(x), x);
    }

    @Test
    void theIssuesExamplesComeOutRight() {
        assertThat(Op.SIGMOID.partial(0, new double[] {40}, 1.0)).as("σ'(40) ≈ 4.2e-18, not 0").isPositive();
        assertThat(Op.TANH.partial(0, new double[] {20}, 1.0)).as("tanh'(20) ≈ 1.7e-17, not 0").isPositive();
        assertThat(Op.SIGMOID.partial(0, new double[] {20}, Op.SIGMOID.apply(new double[] {20})))
                .isEqualTo(Op.SIGMOID.partial(0, new double[] {-20}, Op.SIGMOID.apply(new double[] {-20})));
    }

    @Test
    void backpropThroughASigmoidUsesThePreciseSlope() {
        assertClose(grad(analyze("x = 20; J = σ(x)"), "x"), sigmoidSlope(20), 20);
        assertClose(grad(analyze("x = -30; J = tanh(x)"), "x"), tanhSlope(-30), -30);
    }

    @Test
    void theReferenceExponentialIsRight() {
        assertThat(exp(1).toString()).startsWith("2.71828182845904523536028747135266249775724709369995");
        assertThat(exp(-1).multiply(exp(1), DIGITS).subtract(BigDecimal.ONE).abs())
                .isLessThan(new BigDecimal("1e-55"));
        assertThat(exp(700).doubleValue()).isCloseTo(Math.exp(700), org.assertj.core.api.Assertions.withinPercentage(1e-13));
    }

    /** Within {@link #RELATIVE}; below the smallest normal double, within a few of the smallest steps too. */
    private static void assertClose(double actual, double reference, double x) {
        double tolerance = RELATIVE * reference + 4 * Double.MIN_VALUE;
        assertThat(Math.abs(actual - reference)).as("at x = %s: %s vs reference %s", x, actual, reference)
                .isLessThanOrEqualTo(tolerance);
    }

    static double sigmoidSlope(double x) {
        BigDecimal up = BigDecimal.ONE.add(exp(x));
        BigDecimal down = BigDecimal.ONE.add(exp(-x));
        return BigDecimal.ONE.divide(up.multiply(down, DIGITS), DIGITS).doubleValue();
    }

    static double tanhSlope(double x) {
        BigDecimal cosh2 = exp(x).add(exp(-x));
        return BigDecimal.valueOf(4).divide(cosh2.multiply(cosh2, DIGITS), DIGITS).doubleValue();
    }

    /** e^x to {@link #DIGITS}: the series for e^(x/1024), which converges fast, squared ten times. */
    static BigDecimal exp(double x) {
        MathContext working = new MathContext(DIGITS.getPrecision() + 10);
        BigDecimal r = new BigDecimal(x).divide(BigDecimal.valueOf(1024), working);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; n < 80; n++) {
            term = term.multiply(r, working).divide(BigDecimal.valueOf(n), working);
            sum = sum.add(term, working);
        }
        for (int i = 0; i < 10; i++) {
            sum = sum.multiply(sum, working);
        }
        return sum.round(DIGITS);
    }
}
