package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import studio.backprop.expr.Op;

/** Every op's local partial derivative against a central difference of its own value. */
class OpDerivativeTest {

    private static final double H = 1e-6;

    /** Points inside every op's domain, away from its kinks: the op itself says which are. */
    static Stream<Arguments> smoothPoints() {
        double[][] points = {{0.7, 1.3}, {2.5, -0.4}, {-1.2, 3.1}, {0.3, 0.9}, {-0.6, -1.7}};
        return Stream.of(Op.values())
                .filter(Op::isElementwise)
                .flatMap(op -> Stream.of(points)
                        .map(p -> Arrays.copyOf(p, op.arity()))
                        .filter(p -> op.domainDistance(p) > 0.05 && op.kinkDistance(p) > 0.05)
                        .map(p -> Arguments.of(op, p)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("smoothPoints")
    void partialsMatchCentralDifferences(Op op, double[] point) {
        double value = op.apply(point);
        for (int slot = 0; slot < op.arity(); slot++) {
            double[] plus = point.clone();
            double[] minus = point.clone();
            plus[slot] += H;
            minus[slot] -= H;
            double central = (op.apply(plus) - op.apply(minus)) / (2 * H);
            assertThat(op.partial(slot, point, value)).as("∂%s/∂slot %d", op, slot)
                    .isCloseTo(central, within(1e-6 * Math.max(1, Math.abs(central))));
        }
    }

    @Test
    void everyOpWithOperandsHasSmoothPointsToTest() {
        for (Op op : Op.values()) {
            if (op.isElementwise()) {
                assertThat(smoothPoints().filter(arguments -> arguments.get()[0] == op)).as(op.name()).isNotEmpty();
            }
        }
    }

    @Test
    void sigmoidNeverOverflows() {
        assertThat(Op.SIGMOID.apply(new double[] {-800})).isZero();
        assertThat(Op.SIGMOID.apply(new double[] {800})).isEqualTo(1);
        assertThat(Op.SIGMOID.apply(new double[] {0})).isEqualTo(0.5);
    }

    @Test
    void anOpIsGivenExactlyItsOperands() {
        assertThatThrownBy(() -> Op.EXP.apply(new double[] {1, 2})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("EXP takes 1 operand, not 2");
    }

    @Test
    void powerOfZeroHasTheRightSlopes() {
        assertThat(Op.POW.partial(0, new double[] {0, 2}, 0)).isZero();
        assertThat(Op.POW.partial(0, new double[] {5, 0}, 1)).isZero();
        assertThat(Op.POW.partial(1, new double[] {0, 2}, 0)).isZero();
        assertThat(Op.POW.partial(1, new double[] {-2, 2}, 4)).isNaN();
    }
}
