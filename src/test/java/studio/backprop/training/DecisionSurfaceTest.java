package studio.backprop.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

import studio.backprop.autodiff.InputValues;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.io.ExampleCatalog;
import studio.backprop.tensor.Tensor;

/** Which programs are two-feature classification, and z over the plane, checked against w₁x₁ + w₂x₂ + b by hand. */
class DecisionSurfaceTest {

    private static ComputationGraph graph(String source) {
        return GraphBuilder.compile(source, BuildOptions.MERGED);
    }

    private static String example(String name) {
        return ExampleCatalog.named(name).source();
    }

    @Test
    void logisticRegressionOnTwoFeaturesIsClassification() {
        ComputationGraph program = graph(example("logistic-regression-training"));
        ClassificationData data = ClassificationData.of(program, InputValues.declared(program)).orElseThrow();
        assertThat(data.features().label()).isEqualTo("X");
        assertThat(data.labels().label()).isEqualTo("y");
        assertThat(data.prediction().label()).isEqualTo("a");
        assertThat(data.rows()).isEqualTo(8);
        // The fifth point is [1.5, 0.5], labelled 0.
        assertThat(data.x1(4)).isEqualTo(1.5);
        assertThat(data.x2(4)).isEqualTo(0.5);
        assertThat(data.positive(4)).isFalse();
        assertThat(data.positive(0)).isTrue();
    }

    @Test
    void theXorNetworkPredictsWithItsLastSigmoid() {
        ComputationGraph program = graph(example("xor-network-sigmoid"));
        assertThat(ClassificationData.of(program, InputValues.declared(program)).orElseThrow().prediction().label())
                .isEqualTo("p");
    }

    @Test
    void regressionAndLabelsThatAreNotZeroOrOneAreNot() {
        ComputationGraph linear = graph(example("linear-regression"));
        assertThat(ClassificationData.of(linear, InputValues.declared(linear))).isEmpty();
        ComputationGraph notLabels = graph("data X = [[0, 1], [1, 0]]\ndata y = [0.5, 1]\nlearn w = [0, 0]\n"
                + "a = σ(X @ w)\nJ = mean((a - y)^2)");
        assertThat(ClassificationData.of(notLabels, InputValues.declared(notLabels))).isEmpty();
        ComputationGraph threeFeatures = graph("data X = [[0, 1, 2], [1, 0, 2]]\ndata y = [0, 1]\nlearn w = [0, 0, 0]\n"
                + "a = σ(X @ w)\nJ = mean((a - y)^2)");
        assertThat(ClassificationData.of(threeFeatures, InputValues.declared(threeFeatures))).isEmpty();
    }

    @Test
    void zOverTheGridIsTheLinearScoreAtEveryPoint() {
        String source = example("logistic-regression-training");
        ComputationGraph program = graph(source);
        InputValues start = InputValues.declared(program);
        ClassificationData data = ClassificationData.of(program, start).orElseThrow();
        DecisionSurface surface = DecisionSurface.of(source, BuildOptions.MERGED, program, data, start).orElseThrow();
        ScoreGrid grid = surface.scores(Map.of("w", Tensor.vector(1, -1), "b", Tensor.scalar(0.5)));
        // The data span x₁ from -1 to 2.5 and x₂ from -2 to 3; a tenth more on each side.
        assertThat(grid.x1Min()).isCloseTo(-1.35, within(1e-12));
        assertThat(grid.x1Max()).isCloseTo(2.85, within(1e-12));
        assertThat(grid.x2Min()).isCloseTo(-2.5, within(1e-12));
        assertThat(grid.x2Max()).isCloseTo(3.5, within(1e-12));
        assertThat(grid.points()).isEqualTo(DecisionSurface.POINTS);
        for (int i = 0; i < grid.points(); i += 5) {
            for (int j = 0; j < grid.points(); j += 7) {
                double x1 = -1.35 + 4.2 * j / (grid.points() - 1);
                double x2 = -2.5 + 6.0 * i / (grid.points() - 1);
                assertThat(grid.z(i, j)).isCloseTo(x1 - x2 + 0.5, within(1e-12));
            }
        }
    }
}
