package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.backprop.autodiff.Programs.analyze;
import static studio.backprop.autodiff.Programs.grad;
import static studio.backprop.autodiff.Programs.node;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.backprop.expr.Op;
import studio.backprop.graph.Node;

/** Outside the domain nothing throws, and at kinks the documented conventions hold. */
class DomainAndKinkTest {

    @ParameterizedTest(name = "{0} = {1} because {2}")
    @CsvSource(delimiter = '|', textBlock = """
            x = -1; J = ln(x)        | NaN       | ln of a negative number
            x = 0; J = ln(x)         | -Infinity | ln of zero is -∞
            x = -4; J = sqrt(x)      | NaN       | square root of a negative number
            x = 1; y = 0; J = x/y    | Infinity  | division by zero
            x = 0; y = 0; J = x/y    | NaN       | 0/0 is undefined
            x = 1000; J = exp(x)     | Infinity  | exp(x) is too large for a double when x > 709.78
            x = -8; J = x^(1/3)      | NaN       | a negative number to a fractional power
            x = 0; J = x^-1          | Infinity  | zero to a negative power (division by zero)
            x = 1e200; J = x*x       | Infinity  | overflow: the result is too large for a double
            """)
    void outsideTheDomainValuesBecomeNaNOrInfinityWithAReason(String source, double expected, String reason) {
        Analysis analysis = analyze(source);
        Node j = analysis.graph().output();
        assertThat(Double.valueOf(analysis.evaluation().output())).isEqualTo(Double.valueOf(expected));
        assertThat(analysis.evaluation().problem(j)).contains(reason);
    }

    @Test
    void nanFlowsOnAndEveryNodeItReachesSaysWhere() {
        Analysis analysis = analyze("x = -1; u = ln(x); v = u + 1; J = 2*v");
        assertThat(analysis.evaluation().output()).isNaN();
        assertThat(analysis.evaluation().problem(node(analysis, "v"))).contains("because u is NaN (ln of a negative number)");
        assertThat(analysis.evaluation().problem(node(analysis, "J")))
                .contains("because v is NaN, which comes from u: ln of a negative number");
        assertThat(analysis.evaluation().problem(node(analysis, "x"))).isEmpty();
    }

    @Test
    void aSlopeOutsideTheDomainIsNaNButNodesDownstreamKeepTheirFormalSlopes() {
        Analysis analysis = analyze("x = -1; u = ln(x); v = u + 1; J = 2*v");
        assertThat(grad(analysis, "v")).isEqualTo(2);
        assertThat(grad(analysis, "u")).isEqualTo(2);
        assertThat(grad(analysis, "x")).isNaN();
        assertThat(analysis.gradients().problem(node(analysis, "x")))
                .contains("because ∂u/∂x is NaN: ln of a negative number");
    }

    @Test
    void anInfiniteSlopeIsExplainedOnTheGradient() {
        Analysis analysis = analyze("x = 0; J = sqrt(x)");
        assertThat(analysis.evaluation().output()).isZero();
        assertThat(grad(analysis, "x")).isInfinite();
        assertThat(analysis.gradients().problem(node(analysis, "x")))
                .contains("because ∂J/∂x is ∞: the slope of sqrt is infinite here (a vertical tangent)");
    }

    @ParameterizedTest(name = "{0}: dx = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            x = 0; J = relu(x)       | 0
            x = 2; J = relu(x)       | 1
            x = -2; J = relu(x)      | 0
            x = 0; J = abs(x)        | 0
            x = -3; J = abs(x)       | -1
            x = 0; J = step(x)       | 0
            x = 1; y = 2; J = max(x, y)   | 0
            x = 1; y = 2; J = min(x, y)   | 1
            x = 3; y = 2; J = max(x, y)   | 1
            x = 3; y = 2; J = min(x, y)   | 0
            """)
    void kinksUseTheDocumentedConventions(String source, double dx) {
        assertThat(grad(analyze(source), "x")).isEqualTo(dx);
    }

    /** PyTorch's maximum and minimum (derivatives.yaml): where self == other, each gets grad / 2. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            x = 1; y = 1; J = max(x, y)
            x = 1; y = 1; J = max(y, x)
            x = 1; y = 1; J = min(x, y)
            x = 1; y = 1; J = min(y, x)
            x = -0.0; y = 0; J = max(x, y)
            """)
    void aTieSplitsTheGradientEvenlyBetweenTheArguments(String source) {
        Analysis analysis = analyze(source);
        assertThat(grad(analysis, "x")).isEqualTo(0.5);
        assertThat(grad(analysis, "y")).isEqualTo(0.5);
    }

    @Test
    void aTieWithItselfGetsBothHalves() {
        assertThat(grad(analyze("x = 2; J = max(x, x)"), "x")).isEqualTo(1);
        assertThat(grad(analyze("x = 2; J = 3*min(x, x)"), "x")).isEqualTo(3);
    }

    @Test
    void opsKnowWhereTheirKinksAre() {
        assertThat(Op.RELU.isKink(new double[] {0})).isTrue();
        assertThat(Op.RELU.isKink(new double[] {0.5})).isFalse();
        assertThat(Op.MAX.isKink(new double[] {2, 2})).isTrue();
        assertThat(Op.MUL.isKink(new double[] {0, 0})).isFalse();
    }
}
