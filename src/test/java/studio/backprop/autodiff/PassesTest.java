package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static studio.backprop.autodiff.Programs.analyze;
import static studio.backprop.autodiff.Programs.grad;
import static studio.backprop.autodiff.Programs.node;
import static studio.backprop.autodiff.Programs.value;

import java.util.Map;

import org.junit.jupiter.api.Test;

import studio.backprop.expr.ProgramException;
import studio.backprop.graph.Node;
import studio.backprop.graph.OperandEdge;

/** Both passes on the course's worked examples, against the numbers in the lecture notes. */
class PassesTest {

    static final String LECTURE = "a = 5; b = 3; c = 2; u = b*c; v = a + u; J = 3*v";
    static final String FAN_OUT = "a = 2; b = 1; c = a + b; d = b + 1; e = c*d";

    @Test
    void theLectureForwardPassGivesUVAndJ() {
        Analysis lecture = analyze(LECTURE);
        assertThat(value(lecture, "u")).isEqualTo(6);
        assertThat(value(lecture, "v")).isEqualTo(11);
        assertThat(lecture.evaluation().output()).isEqualTo(33);
    }

    @Test
    void theLectureForwardStepsReadLikeTheNotes() {
        assertThat(analyze(LECTURE).evaluation().steps()).extracting(ForwardStep::formula).containsExactly(
                "u = b·c = 3·2 = 6",
                "v = a + u = 5 + 6 = 11",
                "J = 3·v = 3·11 = 33");
    }

    @Test
    void theLectureBackwardPassGivesEveryDvar() {
        Analysis lecture = analyze(LECTURE);
        assertThat(grad(lecture, "J")).isEqualTo(1);
        assertThat(grad(lecture, "v")).isEqualTo(3);
        assertThat(grad(lecture, "u")).isEqualTo(3);
        assertThat(grad(lecture, "a")).isEqualTo(3);
        assertThat(grad(lecture, "b")).isEqualTo(6);
        assertThat(grad(lecture, "c")).isEqualTo(9);
    }

    @Test
    void theLectureBackwardStepsShowTheChainRuleTerms() {
        assertThat(analyze(LECTURE).gradients().steps()).extracting(BackwardStep::formula).containsExactly(
                "dJ = 1",
                "dv = dJ · ∂J/∂v = 1 · 3 = 3",
                "du = dv · ∂v/∂u = 3 · 1 = 3",
                "dc = du · ∂u/∂c = 3 · 3 = 9",
                "db = du · ∂u/∂b = 3 · 2 = 6",
                "da = dv · ∂v/∂a = 3 · 1 = 3");
    }

    @Test
    void everyEdgeCarriesItsLocalDerivative() {
        Analysis lecture = analyze(LECTURE);
        Node u = node(lecture, "u");
        OperandEdge fromB = lecture.graph().operandEdge(u.index(), 0);
        OperandEdge fromC = lecture.graph().operandEdge(u.index(), 1);
        assertThat(lecture.gradients().local(fromB)).isEqualTo(2);
        assertThat(lecture.gradients().local(fromC)).isEqualTo(3);
    }

    @Test
    void fanOutIsASumOverPaths() {
        Analysis fanOut = analyze(FAN_OUT);
        assertThat(fanOut.evaluation().output()).isEqualTo(6);
        assertThat(grad(fanOut, "a")).isEqualTo(2);
        assertThat(grad(fanOut, "b")).isEqualTo(5);
        BackwardStep db = fanOut.gradients().step(node(fanOut, "b"));
        assertThat(db.formula()).isEqualTo("db = dc·∂c/∂b + dd·∂d/∂b = 2·1 + 3·1 = 5");
        assertThat(db.terms()).extracting(ChainTerm::contribution).containsExactly(2.0, 3.0);
    }

    @Test
    void aSumOfFourTermsIsWrittenInFull() {
        Analysis four = analyze("x = 1; a = 2*x; b = 3*x; c = 4*x; d = 5*x; J = a + b + c + d");
        assertThat(four.gradients().step(node(four, "x")).formula())
                .isEqualTo("dx = da·∂a/∂x + db·∂b/∂x + dc·∂c/∂x + dd·∂d/∂x = 1·2 + 1·3 + 1·4 + 1·5 = 14");
    }

    @Test
    void aLongerSumIsCutAfterThreeTermsAndSaysHowManyAreLeft() {
        Analysis six = analyze("x = 1; a = 2*x; b = 3*x; c = 4*x; d = 5*x; e = 6*x; f = 7*x; J = a + b + c + d + e + f");
        assertThat(six.gradients().step(node(six, "x")).formula())
                .isEqualTo("dx = da·∂a/∂x + db·∂b/∂x + dc·∂c/∂x + … (3 more) = 1·2 + 1·3 + 1·4 + … = 27");
        assertThat(six.gradients().step(node(six, "x")).terms()).hasSize(6);
    }

    @Test
    void gradientsCanBeWrittenAsDerivativesOfTheOutput() {
        Analysis lecture = analyze(LECTURE);
        assertThat(lecture.gradients().step(node(lecture, "a")).derivativeFormula("J"))
                .isEqualTo("dJ/da = dJ/dv · ∂v/∂a = 3 · 1 = 3");
        Analysis fanOut = analyze(FAN_OUT);
        assertThat(fanOut.gradients().step(node(fanOut, "b")).derivativeFormula("e"))
                .isEqualTo("de/db = de/dc·∂c/∂b + de/dd·∂d/∂b = 2·1 + 3·1 = 5");
        assertThat(fanOut.gradients().step(node(fanOut, "e")).derivativeFormula("e")).isEqualTo("de/de = 1");
    }

    @Test
    void hiddenNumbersAreWrittenAsQuestionMarksForRevealMode() {
        Analysis lecture = analyze(LECTURE);
        Node u = node(lecture, "u");
        Node v = node(lecture, "v");
        assertThat(lecture.evaluation().step(v).formula(node -> node == v)).isEqualTo("v = a + u = 5 + 6 = ?");
        assertThat(lecture.evaluation().step(v).formula(node -> node == u || node == v)).isEqualTo("v = a + u = 5 + ? = ?");
        Node c = node(lecture, "c");
        assertThat(lecture.gradients().step(c).formula(node -> node == c)).isEqualTo("dc = du · ∂u/∂c = 3 · 3 = ?");
        assertThat(lecture.gradients().step(c).formula(node -> node == u)).isEqualTo("dc = du · ∂u/∂c = ? · 3 = 9");
    }

    @Test
    void aSquareUsesTheSameNodeTwice() {
        Analysis square = analyze("x = 3; J = x*x");
        assertThat(grad(square, "x")).isEqualTo(6);
        assertThat(square.gradients().step(node(square, "x")).formula())
                .isEqualTo("dx = dJ·∂J/∂x + dJ·∂J/∂x = 1·3 + 1·3 = 6");
    }

    @Test
    void nodesTheOutputDoesNotUseHaveZeroGradient() {
        Analysis analysis = analyze("a = 1; b = 2; unused = exp(b); J = 3*a");
        assertThat(grad(analysis, "b")).isZero();
        assertThat(grad(analysis, "unused")).isZero();
        assertThat(analysis.gradients().step(node(analysis, "b")).formula()).isEqualTo("db = 0 (J does not depend on b)");
    }

    @Test
    void aComputedNameSetToANumberIsANewInputThatTheOutputUses() {
        Analysis analysis = analyze("a = 1; c = a + 1; c = 3; J = 2*c");
        assertThat(analysis.evaluation().output()).isEqualTo(6);
        assertThat(grad(analysis, "c′")).isEqualTo(2);
        assertThat(grad(analysis, "a")).isZero();
    }

    @Test
    void aNodeTheOutputIgnoresIsExplainedWithTheOutputsName() {
        Analysis analysis = analyze("a = 1; b = 2; L = 3*a");
        assertThat(analysis.gradients().step(node(analysis, "b")).formula()).isEqualTo("db = 0 (L does not depend on b)");
        assertThat(analysis.gradients().step(node(analysis, "b")).derivativeFormula("L"))
                .isEqualTo("dL/db = 0 (L does not depend on b)");
    }

    @Test
    void constantsHaveNoStepsButInputsAndComputedNodesDo() {
        Analysis lecture = analyze(LECTURE);
        assertThat(lecture.evaluation().steps()).hasSize(3);
        assertThat(lecture.gradients().steps()).hasSize(6);
    }

    @Test
    void resultsAreSeparateFromTheGraphAndFromEachOther() {
        Analysis first = analyze(LECTURE);
        InputValues changed = first.evaluation().inputs().with("a", 10);
        Analysis second = Analysis.of(changed);
        assertThat(second.graph()).isSameAs(first.graph());
        assertThat(second.evaluation().output()).isEqualTo(48);
        assertThat(first.evaluation().output()).isEqualTo(33);
        Gradients again = BackwardPass.run(first.evaluation());
        assertThat(again.gradient(node(first, "c"))).isEqualTo(9);
        assertThat(first.gradients().gradient(node(first, "c"))).isEqualTo(9);
    }

    @Test
    void aVariableWithoutAValueIsNamedWithHowToGiveItOne() {
        ProgramException error = catchThrowableOfType(ProgramException.class, () -> analyze("J = 3*(a + b)", Map.of("a", 1.0)));
        assertThat(error.getMessage()).isEqualTo(
                "Variable 'b' has no value. Give it one in the program (b = 2) or on the command line (--set b=2).");
        assertThat(error.span().column()).isEqualTo(12);
        assertThat(error.kind()).isEqualTo(ProgramException.Kind.VALUES);
    }

    @Test
    void valuesSuppliedFromOutsideOverrideTheProgramsOwn() {
        Analysis analysis = analyze("3*(a+b*c)", Map.of("a", 5.0, "b", 3.0, "c", 2.0));
        assertThat(analysis.evaluation().output()).isEqualTo(33);
        assertThat(grad(analysis, "c")).isEqualTo(9);
        assertThat(analyze(LECTURE, Map.of("a", 0.0)).evaluation().output()).isEqualTo(18);
    }

    @Test
    void identityOutputPassesTheGradientThrough() {
        Analysis analysis = analyze("a = 2; v = a*a; J = v");
        assertThat(analysis.evaluation().steps().get(1).formula()).isEqualTo("J = v = 4");
        assertThat(grad(analysis, "a")).isEqualTo(4);
    }

    @Test
    void negativeOperandsAreBracketedInFormulas() {
        Analysis analysis = analyze("a = -2; b = 3; u = a*b; J = ln(u) + -u");
        assertThat(analysis.evaluation().steps()).extracting(ForwardStep::formula).contains(
                "u = a·b = -2·3 = -6",
                "v = ln(u) = ln(-6) = NaN");
    }
}
