package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.backprop.autodiff.Programs.analyze;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.backprop.expr.Op;

/**
 * x^y: its value follows IEEE 754 and C99's pow (Annex F.9.4.4), its partials at x = 0 follow
 * PyTorch's pow_backward (FunctionsManual.cpp).
 */
class PowerTest {

    /** C99 F.9.4.4: the cases where Java's Math.pow says NaN, and a few where both agree. Compared as
     *  objects, so that NaN equals NaN and −0 is told from 0. */
    @ParameterizedTest(name = "{0}^{1} = {2}")
    @CsvSource(textBlock = """
            1,         Infinity,  1
            1,         -Infinity, 1
            1,         NaN,       1
            1,         0.5,       1
            -1,        Infinity,  1
            -1,        -Infinity, 1
            NaN,       0,         1
            0,         0,         1
            0.5,       Infinity,  0
            2,         Infinity,  Infinity
            2,         -Infinity, 0
            -8,        0.5,       NaN
            0,         -1,        Infinity
            -0.0,      -1,        -Infinity
            -2,        3,         -8
            NaN,       1,         NaN
            """)
    void valuesFollowIeeePow(double x, double y, double expected) {
        assertThat(Double.valueOf(Op.POW.apply(new double[] {x, y}))).isEqualTo(Double.valueOf(expected));
    }

    @Test
    void oneToAnInfinitePowerIsOneInAProgramToo() {
        Analysis analysis = analyze("x = 1; y = 1/0; J = x^y");
        assertThat(analysis.evaluation().output()).isEqualTo(1);
        assertThat(analysis.evaluation().problem(analysis.graph().output())).isEmpty();
    }

    /**
     * PyTorch: ∂(x^y)/∂x = 0 where y = 0, else y·x^(y−1); ∂(x^y)/∂y = 0 where x = 0 and y ≥ 0, else
     * x^y·ln(x). So at x = 0: 0^0 has slopes 0 and 0, 0^1 has 1 and 0, 0^0.5 has ∞ and 0, and 0^−1
     * (which is ∞) has −∞ and ∞·ln 0 = −∞.
     */
    @ParameterizedTest(name = "at ({0}, {1}): ∂/∂x = {2}, ∂/∂y = {3}")
    @CsvSource(textBlock = """
            0,   0,   0,         0
            0,   1,   1,         0
            0,   2,   0,         0
            0,   0.5, Infinity,  0
            0,   -1,  -Infinity, -Infinity
            2,   0,   0,         0.6931471805599453
            -2,  2,   -4,        NaN
            1,   Infinity, Infinity, 0
            """)
    void partialsAtZeroFollowPyTorch(double x, double y, double dx, double dy) {
        double[] at = {x, y};
        double value = Op.POW.apply(at);
        assertThat(Double.valueOf(Op.POW.partial(0, at, value))).isEqualTo(Double.valueOf(dx));
        assertThat(Double.valueOf(Op.POW.partial(1, at, value))).isEqualTo(Double.valueOf(dy));
    }
}
