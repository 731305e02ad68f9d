package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import studio.backprop.expr.ProgramException;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.graph.Node;
import studio.backprop.io.ExampleCatalog;

/** The bundled vector and matrix examples, against the tutorial's answers and hand calculation. */
class TensorExamplesTest {

    @Test
    void theMatrixNetworkGivesTheScalarNetworksAnswers() {
        Analysis matrix = analyze("network-2-3-1-matrix");
        Analysis scalars = analyze("network-2-3-1");
        assertThat(matrix.evaluation().output()).isCloseTo(1.75, within(1e-12));
        Node w1 = matrix.graph().input("W1").orElseThrow();
        assertThat(matrix.gradients().element(w1, 5)).isCloseTo(-0.625, within(1e-12));
        // Element by element, every weight's gradient is the scalar example's.
        String[] scalarNames = {"w11", "w12", "w21", "w22", "w31", "w32"};
        for (int e = 0; e < 6; e++) {
            Node scalar = scalars.graph().input(scalarNames[e]).orElseThrow();
            assertThat(matrix.gradients().element(w1, e)).as(scalarNames[e])
                    .isCloseTo(scalars.gradients().gradient(scalar), within(1e-12));
        }
    }

    @Test
    void theTutorialsProductsAreWhatHandCalculationGives() {
        Analysis products = analyze("matrix-products");
        ComputationGraph graph = products.graph();
        // x·w = 4 + 12 + 5 + 8, w·y = 36 + 6 + 7 + 8, x·y = y·x = 9 + 8 + 35 + 64.
        assertThat(products.evaluation().outputTensor().toArray()).containsExactly(29, 57, 116, 116);
        assertThat(value(products, "P")).containsExactly(36, 39, 126, 129, 69, 96, 59, 79);
        assertThat(value(products, "q")).containsExactly(13, 49, 47, 42);
        assertThat(graph.nodes().stream().filter(node -> node.label().equals("S")).findFirst().orElseThrow().shape())
                .hasToString("3×4");
        assertThat(value(products, "S")).startsWith(36, 40, 40, 44);
    }

    @Test
    void theImpossibleProductSaysWhyAndWhatWouldFit() {
        ExampleCatalog.Example example = ExampleCatalog.named("matrix-products-impossible");
        assertThat(example.showsAMistake()).isTrue();
        ProgramException error = catchThrowableOfType(ProgramException.class,
                () -> GraphBuilder.compile(example.source(), BuildOptions.MERGED));
        assertThat(error.kind()).isEqualTo(ProgramException.Kind.SHAPES);
        assertThat(error.getMessage()).contains("X has 2 columns but Y has 4 rows").contains("X @ Yᵀ");
    }

    @Test
    void logisticRegressionOverABatchHasTheTextbookGradient() {
        Analysis batch = analyze("logistic-regression-batch");
        double[][] x = {{1, 2}, {2, 1}, {-1, -1}, {-2, 1}};
        double[] y = {1, 1, 0, 0};
        double[] w = {0.5, -0.25};
        double b = 0.1;
        double loss = 0;
        double[] dw = new double[2];
        double db = 0;
        for (int i = 0; i < 4; i++) {
            double a = 1 / (1 + Math.exp(-(x[i][0] * w[0] + x[i][1] * w[1] + b)));
            loss += -(y[i] * Math.log(a) + (1 - y[i]) * Math.log(1 - a)) / 4;
            dw[0] += (a - y[i]) * x[i][0] / 4;
            dw[1] += (a - y[i]) * x[i][1] / 4;
            db += (a - y[i]) / 4;
        }
        assertThat(batch.evaluation().output()).isCloseTo(loss, within(1e-12));
        assertThat(batch.gradients().gradientTensor(batch.graph().input("w").orElseThrow()).toArray())
                .containsExactly(dw, within(1e-12));
        assertThat(batch.gradients().gradient(batch.graph().input("b").orElseThrow())).isCloseTo(db, within(1e-12));
    }

    @Test
    void theTanhLayerAgreesWithItsScalarView() {
        Analysis layer = analyze("tanh-layer");
        assertThat(ScalarViewCheck.of(layer).agrees()).isTrue();
        assertThat(ScalarViewCheck.of(layer).compared()).isEqualTo(1 + 6 + 4 + 2 + 6);
    }

    private static Analysis analyze(String example) {
        return Analysis.of(InputValues.declared(GraphBuilder.compile(ExampleCatalog.named(example).source(), BuildOptions.MERGED)));
    }

    private static double[] value(Analysis analysis, String label) {
        Node node = analysis.graph().nodes().stream().filter(n -> n.label().equals(label)).findFirst().orElseThrow();
        return analysis.evaluation().tensor(node).toArray();
    }
}
