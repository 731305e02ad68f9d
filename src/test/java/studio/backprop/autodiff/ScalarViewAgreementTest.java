package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.graph.ScalarExpansion;
import studio.backprop.testing.RandomTensorPrograms;

/**
 * The tensor view against the scalar view on seeded random tensor programs: the exploded program's
 * scalar passes and the tensor passes must give the same output and the same gradient for every
 * input element, from every element of a vector output.
 */
class ScalarViewAgreementTest {

    @Test
    void theTwoViewsAgreeOnThreeHundredRandomPrograms() {
        RandomTensorPrograms generator = new RandomTensorPrograms(20261201L);
        List<String> disagreements = new ArrayList<>();
        int programs = 0;
        int numbers = 0;
        while (programs < 320) {
            String program = generator.next(3);
            ComputationGraph graph = GraphBuilder.compile(program, programs % 2 == 0 ? BuildOptions.MERGED : BuildOptions.TREE);
            if (graph.isScalar()) continue;
            programs++;
            for (int seed = 0; seed < graph.output().shape().size(); seed++) {
                ScalarViewCheck check = ScalarViewCheck.of(Analysis.of(InputValues.declared(graph), seed));
                numbers += check.compared();
                if (!check.agrees()) disagreements.add(program.replace('\n', ';') + " → " + check.disagreement());
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(numbers).as("numbers compared").isGreaterThan(3 * programs);
    }

    @Test
    void theCourseNetworkAgreesElementByElement() {
        ComputationGraph graph = GraphBuilder.compile("x = [1, -1]\nW1 = [[1, 0], [0, 1], [1, 1]]\nW2 = [0.5, 0.5, 2.5]\n"
                + "f = W2 · σ(W1 · x)", BuildOptions.MERGED);
        ScalarViewCheck check = ScalarViewCheck.of(Analysis.of(InputValues.declared(graph)));
        assertThat(check.agrees()).isTrue();
        assertThat(check.compared()).isEqualTo(12);
        assertThat(check.scalars().graph().input("W1[3,2]")).isPresent();
        assertThat(check.scalars().gradients().gradient(check.scalars().graph().input("W1[3,2]").orElseThrow()))
                .isEqualTo(-0.625, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void aDisagreementIsFoundAndNamed() {
        // The check is only worth its name if it can fail: compare with the exploded graph at other values.
        ComputationGraph graph = GraphBuilder.compile("a = [1, 2]\nb = [3, 4]\nJ = a · b", BuildOptions.MERGED);
        Analysis tensors = Analysis.of(InputValues.declared(graph));
        ComputationGraph exploded = ScalarExpansion.of(graph).graph(0, false);
        Analysis elsewhere = Analysis.of(InputValues.declared(exploded).with("b[2]", 5));
        ScalarViewCheck check = ScalarViewCheck.compare(tensors, elsewhere);
        assertThat(check.agrees()).isFalse();
        assertThat(check.disagreement()).isEqualTo("the output J is 11 in the tensor view but 13 in the scalar view");
        Analysis otherSlope = Analysis.of(InputValues.declared(exploded).with("a[1]", 1).with("b[1]", 3.5));
        assertThat(ScalarViewCheck.compare(tensors, otherSlope).disagreement())
                .isEqualTo("the output J is 11 in the tensor view but 11.5 in the scalar view");
        assertThat(ScalarViewCheck.of(tensors).agrees()).isTrue();
    }
}
