package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;

/** Jacobians of a vector output, against the course's worked example and hand derivatives. */
class JacobianTest {

    /** The lecture's Jacobian chain rule: f = (sin(x² + y), ln(y³)) through g = (x² + y, y³). */
    private static final String CHAIN = "x = 1.5\ny = 2\ng = [x^2 + y, y^3]\nf = [sin(g[1]), ln(g[2])]";

    @Test
    void theJacobianOfTheCourseExampleIsWhatTheNotesDerive() {
        Evaluation evaluation = evaluate(CHAIN);
        double x = 1.5;
        double y = 2;
        double[][] jacobian = Jacobians.ofInputs(evaluation, evaluation.graph().output());
        assertThat(Jacobians.inputColumns(evaluation.graph())).containsExactly("x", "y");
        assertThat(jacobian[0][0]).isCloseTo(2 * x * Math.cos(x * x + y), within(1e-12));
        assertThat(jacobian[0][1]).isCloseTo(Math.cos(x * x + y), within(1e-12));
        assertThat(jacobian[1][0]).isCloseTo(0, within(1e-12));
        assertThat(jacobian[1][1]).isCloseTo(3 / y, within(1e-12));
    }

    @Test
    void theChainRuleGoesThroughGWithTheActualMatrices() {
        Evaluation evaluation = evaluate(CHAIN);
        double x = 1.5;
        double y = 2;
        Jacobians.ChainRule chain = Jacobians.chainRule(evaluation).orElseThrow();
        assertThat(chain.middle().label()).isEqualTo("g");
        double g1 = x * x + y;
        double g2 = y * y * y;
        assertThat(chain.outer()[0]).containsExactly(new double[] {Math.cos(g1), 0}, within(1e-12));
        assertThat(chain.outer()[1]).containsExactly(new double[] {0, 1 / g2}, within(1e-12));
        assertThat(chain.inner()[0]).containsExactly(new double[] {2 * x, 1}, within(1e-12));
        assertThat(chain.inner()[1]).containsExactly(new double[] {0, 3 * y * y}, within(1e-12));
        double[][] direct = Jacobians.ofInputs(evaluation, evaluation.graph().output());
        for (int i = 0; i < 2; i++) assertThat(chain.product()[i]).containsExactly(direct[i], within(1e-12));
    }

    @Test
    void aJacobianRowIsTheBackwardPassFromThatElement() {
        Evaluation evaluation = evaluate("x = [1, -1]\nW = [[1, 2], [3, 4], [5, 6]]\nf = W @ x");
        ComputationGraph graph = evaluation.graph();
        double[][] wrtX = Jacobians.of(evaluation, graph.output(), graph.input("x").orElseThrow());
        assertThat(wrtX[2]).containsExactly(5, 6);
        for (int seed = 0; seed < 3; seed++) {
            Gradients gradients = BackwardPass.run(evaluation, seed);
            assertThat(gradients.gradientTensor(graph.input("x").orElseThrow()).toArray()).containsExactly(wrtX[seed]);
        }
    }

    @Test
    void noChainRuleIsClaimedWhenAPathGoesAround() {
        Evaluation evaluation = evaluate("x = 1\ny = 2\ng = [x, y]\nf = [g[1] + x, g[2]]");
        assertThat(Jacobians.chainRule(evaluation)).isEmpty();
    }

    private static Evaluation evaluate(String program) {
        return ForwardPass.run(InputValues.declared(GraphBuilder.compile(program, BuildOptions.MERGED)));
    }
}
