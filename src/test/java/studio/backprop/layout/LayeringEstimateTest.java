package studio.backprop.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import studio.backprop.expr.Parser;
import studio.backprop.graph.GraphBuilder;

class LayeringEstimateTest {

    private static long cells(String source) {
        return LayeringEstimate.cells(GraphBuilder.build(Parser.parse(source)));
    }

    @Test
    void anInputUsedTwoColumnsLaterAddsOneDummyCell() {
        // a, b, c | u | v | J, with a's edge to v passing column 1; the constant sits next to J.
        assertThat(cells(Corpus.LECTURE)).isEqualTo(7 + 1);
    }

    @Test
    void aChainWithoutSharedInputsHasNoDummies() {
        assertThat(cells("J = exp(ln(sin(x)))")).isEqualTo(4);
    }

    @Test
    void inputsUsedDeepDownCostOneCellPerColumnTheyCross() {
        // x is used in columns 1, 2 and 3: 0 + 1 + 2 dummies.
        assertThat(cells("u = x*x\nv = u*x\nJ = v*x")).isEqualTo(4 + 0 + 0 + 1 + 2);
    }
}
