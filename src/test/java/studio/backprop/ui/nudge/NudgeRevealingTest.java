package studio.backprop.ui.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import studio.backprop.graph.Node;

/**
 * The nudge panel's lines, table and figures show backprop's answer only for the inputs the
 * step has reached, and in reveal mode hold the nudge back too; the chain rule along every path
 * is written once the answer is shown.
 */
class NudgeRevealingTest {

    private static final String LECTURE = "a = 5; b = 3; c = 2; u = b*c; v = a + u; J = 3*v";

    private final NudgeViewModel nudge = new NudgeViewModel();

    @Test
    void theChainRuleAlongEveryPathIsWrittenInSymbolsThenNumbers() {
        nudge.analysisProperty().set(NudgeViewModelTest.analysis(LECTURE));
        nudge.select("b");
        assertThat(nudge.chainLineProperty().get()).isEqualTo("along every path: dJ/db = ∂J/∂v · ∂v/∂u · ∂u/∂b = 3 · 1 · c = 3c = 6");
    }

    @Test
    void beforeTheBackwardPassReachesTheInputBackpropsSideIsAQuestionMark() {
        nudge.analysisProperty().set(NudgeViewModelTest.analysis(LECTURE));
        nudge.select("b");
        nudge.gradientShownProperty().set(node -> !node.label().equals("b"));
        assertThat(nudge.answerShownProperty().get()).isFalse();
        assertThat(nudge.nudgeLineProperty().get()).isEqualTo("b: 3 → 3.001, J: 33 → 33.006, ΔJ/Δb = 0.006 / 0.001 = 6");
        assertThat(nudge.backpropLineProperty().get()).startsWith("backprop: dJ/db = ?").doesNotContain("= 6");
        assertThat(List.of(nudge.chainLineProperty().get(), nudge.centralLineProperty().get(), nudge.verdictProperty().get()))
                .containsOnly("");
        nudge.select("a");
        assertThat(nudge.backpropLineProperty().get()).isEqualTo("backprop: dJ/da = dJ/dv · ∂v/∂a = 3 · 1 = 3");
    }

    @Test
    void inRevealModeTheNudgeWaitsForTheDvarToo() {
        nudge.analysisProperty().set(NudgeViewModelTest.analysis(LECTURE));
        nudge.select("c");
        nudge.guessingProperty().set(true);
        nudge.gradientShownProperty().set(node -> false);
        assertThat(nudge.nudgeLineProperty().get()).isEqualTo("Reveal dc first: the nudge would give it away.");
        assertThat(nudge.backpropLineProperty().get()).isEmpty();
        assertThat(nudge.nudgeProperty().get().name()).as("the input stays chosen").isEqualTo("c");
        nudge.gradientShownProperty().set(node -> true);
        assertThat(nudge.nudgeLineProperty().get()).endsWith("ΔJ/Δc = 0.009 / 0.001 = 9");
        assertThat(nudge.backpropLineProperty().get()).endsWith("= 9");
    }

    @Test
    void theTableHasEveryInputAndQuestionMarksWhereTheStepHasNotReached() {
        NudgeFiguresViewModel figures = new NudgeFiguresViewModel(nudge, Runnable::run, Runnable::run);
        nudge.analysisProperty().set(NudgeViewModelTest.analysis(LECTURE));
        nudge.gradientShownProperty().set(node -> node.label().equals("c"));
        List<List<String>> rows = figures.rows();
        // J = 3(a + bc): dJ/da = 3, dJ/db = 3c = 6, dJ/dc = 3b = 9; J is linear in each, so the nudges are exact.
        assertThat(rows).extracting(row -> row.get(0)).containsExactly("a = 5", "b = 3", "c = 2");
        assertThat(rows.get(2).subList(1, 4)).containsExactly("9", "9", "9");
        assertThat(rows.get(2).get(5)).isEqualTo("agrees");
        assertThat(rows.get(0).subList(1, 6)).containsExactly("?", "3", "3", "?", "");
        nudge.guessingProperty().set(true);
        assertThat(figures.rows().get(1).subList(1, 5)).containsOnly("?");
    }

    @Test
    void theFiguresFollowTheChosenInputAndDropAnAnswerThatCameTooLate() {
        List<Runnable> queued = new ArrayList<>();
        NudgeFiguresViewModel figures = new NudgeFiguresViewModel(nudge, queued::add, Runnable::run);
        nudge.analysisProperty().set(NudgeViewModelTest.analysis(LECTURE));
        nudge.select("b");
        nudge.select("c");
        new ArrayList<>(queued).forEach(Runnable::run);
        Node chosen = figures.figuresProperty().get().input();
        assertThat(chosen.label()).isEqualTo("c");
        assertThat(figures.figuresProperty().get().slope().slope()).isEqualTo(9);
        // Only the last request's result was kept: b's came back before it and was dropped.
        queued.clear();
        nudge.select("b");
        nudge.select("a");
        queued.get(1).run();
        queued.get(0).run();
        assertThat(figures.figuresProperty().get().input().label()).isEqualTo("a");
    }

    @Test
    void pastTwoHundredInputsTheTableCountsTheRest() {
        NudgeFiguresViewModel figures = new NudgeFiguresViewModel(nudge, Runnable::run, Runnable::run);
        StringBuilder program = new StringBuilder();
        for (int i = 1; i <= 205; i++) program.append("x").append(i).append(" = ").append(i).append("; ");
        program.append("J = x1");
        for (int i = 2; i <= 205; i++) program.append(" + x").append(i);
        nudge.analysisProperty().set(NudgeViewModelTest.analysis(program.toString()));
        List<List<String>> rows = figures.rows();
        assertThat(rows).hasSize(NudgeFigures.MOST_ROWS + 1);
        assertThat(rows.get(199).subList(0, 2)).containsExactly("x200 = 200", "1");
        assertThat(rows.get(200).get(0)).isEqualTo("… 5 more");
    }
}
