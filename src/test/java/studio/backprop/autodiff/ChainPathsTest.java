package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.backprop.io.ExampleCatalog;

/** The chain rule written out along every path, against the course's own lines and hand counts. */
class ChainPathsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            lecture              | a  | dJ/da = ∂J/∂v · ∂v/∂a = 3 · 1 = 3
            lecture              | b  | dJ/db = ∂J/∂v · ∂v/∂u · ∂u/∂b = 3 · 1 · c = 3c = 6
            lecture              | c  | dJ/dc = ∂J/∂v · ∂v/∂u · ∂u/∂c = 3 · 1 · b = 3b = 9
            colah-fan-out        | b  | de/db = ∂e/∂c·∂c/∂b + ∂e/∂d·∂d/∂b = d·1 + c·1 = d + c = 5
            slope-a-squared      | a  | dJ/da = ∂J/∂a = 2a = 4
            slope-a-cubed        | a  | dJ/da = ∂J/∂a = 3a² = 12
            slope-ln             | a  | dJ/da = ∂J/∂a = 1/a = 0.5
            sigmoid-of-sum       | x  | dz/dx = ∂z/∂w · ∂w/∂v · ∂v/∂u · ∂u/∂x = z(1 − z) · 1 · 1 · 5 = 5z(1 − z) = 1.25
            tanh-neuron          | w1 | do/dw1 = ∂o/∂n · ∂n/∂w · ∂w/∂u · ∂u/∂w1 = (1 − o²) · 1 · 1 · x1 = (1 − o²)·x1 = 1
            relu-kink            | x  | dJ/dx = ∂J/∂u · ∂u/∂h · ∂h/∂x = 1 · 3 · 0 (x ≤ 0) = 0
            """)
    void theCoursesExamplesReadAsTheLectureWritesThem(String example, String input, String expected) {
        Analysis analysis = Programs.analyze(ExampleCatalog.named(example).source());
        assertThat(ChainPaths.of(analysis.gradients(), Programs.node(analysis, input))).isEqualTo(expected);
    }

    @Test
    void tutorialThreesPartialDerivativeIsItsRuleByRule() {
        // z = x² − 6y² + 3xy − x + 2y + 6: the tutorial's ∂z/∂x = 2x + 3y − 1 = 6 at x = 2, y = 1.
        Analysis analysis = Programs.analyze(ExampleCatalog.named("partial-derivatives").source());
        assertThat(ChainPaths.of(analysis.gradients(), Programs.node(analysis, "x"))).endsWith(" = 2x + 3y − 1 = 6");
    }

    @Test
    void aDoublingChainIsCountedNotListed() {
        // Each line doubles the paths: 2^10 = 1024 from a to J.
        StringBuilder program = new StringBuilder("a = 1\nx0 = a + a\n");
        for (int i = 1; i < 10; i++) program.append("x").append(i).append(" = x").append(i - 1).append(" + x").append(i - 1).append('\n');
        program.append("J = x9\n");
        Analysis analysis = Programs.analyze(program.toString());
        String text = ChainPaths.of(analysis.gradients(), Programs.node(analysis, "a"));
        assertThat(text).contains("+ … (1021 more paths)").endsWith(" = 1024");
        assertThat(text.split(" \\+ ").length).isLessThan(12);
    }

    @Test
    void aLongPathIsWrittenByItsEnds() {
        StringBuilder program = new StringBuilder("a = 1\nx0 = 2a\n");
        for (int i = 1; i < 12; i++) program.append("x").append(i).append(" = 2x").append(i - 1).append('\n');
        Analysis analysis = Programs.analyze(program.toString());
        assertThat(ChainPaths.of(analysis.gradients(), Programs.node(analysis, "a")))
                .isEqualTo("dx11/da = ∂x11/∂x10 · ∂x10/∂x9 · … (8 more) · ∂x1/∂x0 · ∂x0/∂a = 4096");
    }

    @Test
    void anInputTheOutputIgnoresHasNoPath() {
        Analysis analysis = Programs.analyze("a = 1\nb = 2\nu = b + 1\nJ = 3a");
        assertThat(ChainPaths.of(analysis.gradients(), Programs.node(analysis, "b"))).isEqualTo("dJ/db = 0: no path leads from b to J");
    }

    @Test
    void vectorsAndMatricesAreLeftToTheMatrixForm() {
        Analysis analysis = Programs.analyze(ExampleCatalog.named("network-2-3-1-matrix").source());
        assertThat(ChainPaths.of(analysis.gradients(), analysis.graph().inputs().get(0))).isEmpty();
    }

    @Test
    void theBackwardStepCanShowTheFormulaFirst() {
        Analysis lecture = Programs.analyze(ExampleCatalog.named("lecture").source());
        assertThat(lecture.gradients().step(Programs.node(lecture, "c")).formula(node -> false, true))
                .isEqualTo("dc = du · ∂u/∂c = du · b = 3 · 3 = 9");
        Analysis fanOut = Programs.analyze(ExampleCatalog.named("colah-fan-out").source());
        assertThat(fanOut.gradients().step(Programs.node(fanOut, "b")).formula(node -> false, true))
                .isEqualTo("db = dc·∂c/∂b + dd·∂d/∂b = dc·1 + dd·1 = 2·1 + 3·1 = 5");
        assertThat(fanOut.gradients().step(Programs.node(fanOut, "b")).formula(node -> false, false))
                .isEqualTo("db = dc·∂c/∂b + dd·∂d/∂b = 2·1 + 3·1 = 5");
    }
}
