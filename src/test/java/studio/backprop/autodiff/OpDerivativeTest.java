package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import studio.backprop.graph.Op;

/** Every op's local partial derivative against a central difference of its own value. */
class OpDerivativeTest {

    static Stream<Arguments> smoothPoints() {
        double[][] points = {{0.7, 1.3}, {2.5, -0.4}, {-1.2, 3.1}, {0.3, 0.9}};
        return Stream.of(Op.values())
                .filter(op -> op.arity() > 0)
                .flatMap(op -> Stream.of(points).map(p -> Arguments.of(op, p[0], p[1])));
    }

    @ParameterizedTest(name = "{0} at ({1}, {2})")
    @MethodSource("smoothPoints")
    void partialsMatchCentralDifferences(Op op, double x, double y) {
        if (op == Op.LN || op == Op.SQRT) x = Math.abs(x);
        if (op == Op.POW) x = Math.abs(x);
        double h = 1e-6;
        double value = op.apply(x, y);
        double dx = (op.apply(x + h, y) - op.apply(x - h, y)) / (2 * h);
        assertThat(op.partial(0, x, y, value)).as("∂/∂x").isCloseTo(dx, within(1e-6 * Math.max(1, Math.abs(dx))));
        if (op.arity() == 2) {
            double dy = (op.apply(x, y + h) - op.apply(x, y - h)) / (2 * h);
            assertThat(op.partial(1, x, y, value)).as("∂/∂y").isCloseTo(dy, within(1e-6 * Math.max(1, Math.abs(dy))));
        }
    }

    @org.junit.jupiter.api.Test
    void sigmoidNeverOverflows() {
        assertThat(Op.SIGMOID.apply(-800, Double.NaN)).isZero();
        assertThat(Op.SIGMOID.apply(800, Double.NaN)).isEqualTo(1);
        assertThat(Op.SIGMOID.apply(0, Double.NaN)).isEqualTo(0.5);
    }

    @org.junit.jupiter.api.Test
    void powerOfZeroHasTheRightSlopes() {
        assertThat(Op.POW.partial(0, 0, 2, 0)).isZero();
        assertThat(Op.POW.partial(0, 5, 0, 1)).isZero();
        assertThat(Op.POW.partial(1, 0, 2, 0)).isZero();
        assertThat(Op.POW.partial(1, -2, 2, 4)).isNaN();
    }
}
