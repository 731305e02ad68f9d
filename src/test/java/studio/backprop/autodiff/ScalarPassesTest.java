package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.testing.RandomExpressions;

/** The passes into kept buffers, as training runs them, give what the passes into fresh arrays give. */
class ScalarPassesTest {

    @Test
    void theCourseExampleGivesItsValueAndDerivatives() {
        ComputationGraph graph = Programs.graph("a = 5\nb = 3\nc = 2\nJ = 3*(a + b*c)");
        ScalarPasses passes = new ScalarPasses(graph);

        double j = passes.run(InputValues.declared(graph));

        // By hand: J = 3(5 + 6) = 33; dJ/da = 3, dJ/db = 3c = 6, dJ/dc = 3b = 9.
        assertThat(j).isEqualTo(33);
        assertThat(passes.gradient(input(graph, "a"))).isEqualTo(3);
        assertThat(passes.gradient(input(graph, "b"))).isEqualTo(6);
        assertThat(passes.gradient(input(graph, "c"))).isEqualTo(9);
        assertThat(passes.allFinite()).isTrue();
    }

    @Test
    void aSecondRunDoesNotAddToTheFirstOnesGradients() {
        ComputationGraph graph = Programs.graph("a = 2\nb = 3\nJ = a*b");
        ScalarPasses passes = new ScalarPasses(graph);
        passes.run(InputValues.declared(graph));

        double j = passes.run(InputValues.declared(graph).with("a", 7));

        assertThat(j).isEqualTo(21);
        assertThat(passes.gradient(input(graph, "b"))).isEqualTo(7);
        assertThat(passes.gradient(input(graph, "a"))).isEqualTo(3);
    }

    @Test
    void aValueOutsideTheDomainIsReportedAsNotFinite() {
        ComputationGraph graph = Programs.graph("a = -1\nJ = ln(a) + a");
        ScalarPasses passes = new ScalarPasses(graph);

        assertThat(passes.run(InputValues.declared(graph))).isNaN();
        assertThat(passes.allFinite()).isFalse();
        assertThat(passes.run(InputValues.declared(graph).with("a", Math.E))).isEqualTo(1 + Math.E);
        assertThat(passes.allFinite()).isTrue();
    }

    @Test
    void randomExpressionsGiveTheFreshPassesNumbersExactly() {
        RandomExpressions generator = new RandomExpressions(20261202L);
        for (int n = 0; n < 500; n++) {
            String source = "x = " + generator.value() + "; y = " + generator.value() + "; z = " + generator.value()
                    + "\nJ = " + generator.next(4);
            ComputationGraph graph = Programs.graph(source);
            InputValues inputs = InputValues.declared(graph);
            ScalarPasses passes = new ScalarPasses(graph);
            if (!graph.inputs().isEmpty()) passes.run(inputs.with(graph.inputs().get(0), 0.25));
            passes.run(inputs);
            Analysis fresh = Analysis.of(inputs);
            for (Node node : graph.nodes()) {
                assertThat(passes.value(node)).as(source + ": " + node.label()).isEqualTo(Double.valueOf(fresh.evaluation().value(node)));
                assertThat(passes.gradient(node)).as(source + ": d" + node.label()).isEqualTo(Double.valueOf(fresh.gradients().gradient(node)));
            }
            boolean freshFinite = graph.nodes().stream().allMatch(node -> fresh.evaluation().problem(node).isEmpty()
                    && fresh.gradients().problem(node).isEmpty());
            assertThat(passes.allFinite()).as(source).isEqualTo(freshFinite);
        }
    }

    @Test
    void aGraphWithAVectorIsRefusedWithTheWayToRunIt() {
        ComputationGraph graph = Programs.graph("x = [1, 2]\nJ = sum(x * x)");

        assertThatThrownBy(() -> new ScalarPasses(graph)).hasMessageContaining("vectors or matrices")
                .hasMessageContaining("ForwardPass");
    }

    private static Node input(ComputationGraph graph, String name) {
        return graph.input(name).orElseThrow();
    }
}
