package studio.backprop.ui.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.InputValues;
import studio.backprop.expr.Parser;
import studio.backprop.graph.GraphBuilder;

class NudgeViewModelTest {

    private final NudgeViewModel nudge = new NudgeViewModel();

    static Analysis analysis(String source) {
        return Analysis.of(InputValues.declared(GraphBuilder.build(Parser.parse(source))));
    }

    @Test
    void theLecturesNudgeOfAReadsLikeTheCourse() {
        nudge.analysisProperty().set(analysis("a = 5; b = 3; c = 2; u = b*c; v = a + u; J = 3*v"));
        assertThat(nudge.inputProperty().get().label()).isEqualTo("a");
        assertThat(nudge.nudgeLineProperty().get()).isEqualTo("a: 5 → 5.001, J: 33 → 33.003, ΔJ/Δa = 0.003 / 0.001 = 3");
        assertThat(nudge.backpropLineProperty().get()).isEqualTo("backprop: dJ/da = dJ/dv · ∂v/∂a = 3 · 1 = 3");
        assertThat(nudge.centralLineProperty().get()).startsWith("central difference: (J(a+h) − J(a−h)) / 2h = 3, relative error ");
        assertThat(nudge.verdictProperty().get()).isEqualTo("The nudge agrees with backprop.");
        assertThat(nudge.agreesProperty().get()).isTrue();
    }

    @Test
    void aTrainingProgramNudgesAParameterNotAnExample() {
        // dJ/dw = mean((a − y)·x) = ((σ(0) − 1)·2) = −1 with one example x = 2, y = 1, w = 0.
        nudge.analysisProperty().set(analysis("data x = [2]\ndata y = [1]\nlearn w = 0\nz = x * w\na = σ(z)\n"
                + "J = mean(-(y * ln(a) + (1 - y) * ln(1 - a)))"));
        assertThat(nudge.inputProperty().get().label()).isEqualTo("w");
        assertThat(nudge.backpropLineProperty().get()).endsWith("= -1");
    }

    @Test
    void fanOutShowsTheSumOverPaths() {
        nudge.analysisProperty().set(analysis("a = 2; b = 1; c = a + b; d = b + 1; e = c*d"));
        nudge.select("b");
        assertThat(nudge.nudgeLineProperty().get()).isEqualTo("b: 1 → 1.001, e: 6 → 6.005, Δe/Δb = 0.005001 / 0.001 = 5.001");
        assertThat(nudge.backpropLineProperty().get()).isEqualTo("backprop: de/db = de/dc·∂c/∂b + de/dd·∂d/∂b = 2·1 + 3·1 = 5");
    }

    @Test
    void hCanBeChangedAndTheLinesFollow() {
        nudge.analysisProperty().set(analysis("a = 2; J = a^2"));
        nudge.hProperty().set(0.1);
        assertThat(nudge.nudgeLineProperty().get()).isEqualTo("a: 2 → 2.1, J: 4 → 4.41, ΔJ/Δa = 0.41 / 0.1 = 4.1");
    }

    @Test
    void aKinkIsExplainedInWords() {
        nudge.analysisProperty().set(analysis("x = 0; b = 1; h = relu(x); J = 3*h + b"));
        assertThat(nudge.agreesProperty().get()).isFalse();
        assertThat(nudge.verdictProperty().get()).startsWith("They disagree. relu(x) is at its kink (x = 0).");
    }

    @Test
    void aJThatIsNotANumberCannotBeComparedAndSaysWhy() {
        nudge.analysisProperty().set(analysis("x = -1; J = log(x)"));
        assertThat(nudge.agreesProperty().get()).isFalse();
        assertThat(nudge.verdictProperty().get()).isEqualTo("They cannot be compared. J is NaN here (ln of a negative number), so no nudge can measure a slope.");
    }

    @Test
    void theSelectionSurvivesANewProgramIfTheInputStillExists() {
        nudge.analysisProperty().set(analysis("a = 2; b = 1; J = a*b"));
        nudge.select("b");
        nudge.analysisProperty().set(analysis("a = 2; b = 1; J = a + b"));
        assertThat(nudge.inputProperty().get().label()).isEqualTo("b");
        nudge.analysisProperty().set(analysis("x = 1; J = exp(x)"));
        assertThat(nudge.inputProperty().get().label()).isEqualTo("x");
    }

    @Test
    void aProgramWithoutInputsSaysSo() {
        nudge.analysisProperty().set(analysis("J = 2*3"));
        assertThat(nudge.nudgeLineProperty().get()).isEqualTo("This program has no inputs to nudge.");
        assertThat(nudge.backpropLineProperty().get()).isEmpty();
    }
}
