package studio.backprop.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import studio.backprop.io.ExampleCatalog;

/** Which scalar graph the window draws, counted by hand from the programs. */
class ScalarViewTest {

    private static ComputationGraph compile(String source) {
        return GraphBuilder.compile(source, BuildOptions.MERGED);
    }

    /** A W of n×n ones and an x of n ones, written out as the program would give them. */
    private static String square(int n, String output) {
        StringBuilder w = new StringBuilder("W = [");
        StringBuilder x = new StringBuilder("x = [");
        for (int i = 0; i < n; i++) {
            w.append(i > 0 ? ", " : "").append("[").append("1, ".repeat(n - 1)).append("1]");
            x.append(i > 0 ? ", " : "").append("1");
        }
        return w + "]\n" + x + "]\n" + output + "\n";
    }

    @Test
    void theMatrixNetworkIsDrawnWholeOneNodePerElement() {
        ScalarView view = ScalarView.of(compile(ExampleCatalog.named("network-2-3-1-matrix").source()), 0);
        // 11 input elements (x 2, W1 6, W2 3); y: 3 × (2 products + 1 sum); h: 3 σ; f: 3 products + 2 sums.
        assertThat(view.drawn()).hasValueSatisfying(graph -> assertThat(graph.size()).isEqualTo(11 + 9 + 3 + 5));
        assertThat(view.note()).isEqualTo("Scalar view: 28 scalar nodes, one per element.");
        assertThat(view.drawn().get().input("W1[3,2]")).isPresent();
    }

    @Test
    void aBigVectorOutputOffersThePartThatFeedsOneElement() {
        ScalarView view = ScalarView.of(compile(square(30, "f = W · x")), 1);
        // Whole: 900 + 30 inputs and 30 rows of 30 products and 29 sums. f[2] needs row 2 of W, x, and one row's sums.
        assertThat(view.drawn()).hasValueSatisfying(graph -> {
            assertThat(graph.size()).isEqualTo(30 + 30 + 59);
            assertThat(graph.output().label()).isEqualTo("f[2]");
            assertThat(graph.input("W[2,30]")).isPresent();
            assertThat(graph.input("W[1,1]")).isEmpty();
        });
        assertThat(view.outputElement()).isEqualTo(1);
        assertThat(view.note()).isEqualTo("Scalar view: the whole program has 2700 scalar nodes, too many to read, "
                + "so this is the part that feeds f[2] (119 nodes).");
    }

    @Test
    void aBigNumberOutputKeepsTheTensorViewAndSaysWhy() {
        ScalarView view = ScalarView.of(compile(square(30, "J = sum(W · x)")), 0);
        assertThat(view.drawn()).isEmpty();
        assertThat(view.note()).startsWith("The scalar view would have ").endsWith(
                " nodes, too many to draw (at most 400), so the tensor view stays.");
    }

    @Test
    void anElementPastTheEndMeansTheLast() {
        ScalarView view = ScalarView.of(compile(ExampleCatalog.named("jacobian-chain-rule").source()), 7);
        assertThat(view.outputElement()).isEqualTo(1);
        assertThat(view.drawn().get().output().label()).isEqualTo("f[2]");
    }
}
