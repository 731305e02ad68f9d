package studio.backprop.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.backprop.autodiff.Programs.analyze;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class NudgeDiagnosisTest {

    static Optional<String> explain(String source, String input, double h) {
        Analysis analysis = analyze(source);
        Nudge nudge = NudgeCheck.of(analysis.gradients(), analysis.graph().input(input).orElseThrow(), h);
        return NudgeDiagnosis.explain(analysis.gradients(), nudge);
    }

    @Test
    void aSmoothFunctionNeedsNoExplanation() {
        assertThat(explain("a = 5; b = 3; c = 2; J = 3*(a + b*c)", "c", 0.001)).isEmpty();
        assertThat(explain("a = 2; J = ln(a)", "a", 0.001)).isEmpty();
    }

    @Test
    void aReluAtZeroIsNamedAsTheKink() {
        assertThat(explain("x = 0; b = 1; h = relu(x); J = 3*h + b", "x", 0.001)).contains(
                "relu(x) is at its kink (x = 0). Backprop uses relu'(0) = 0; the slope is 1 to the right and 0 to the "
                        + "left, so the nudge sees something else.");
    }

    @Test
    void absAndTiesAreNamedToo() {
        assertThat(explain("x = 0; J = abs(x)", "x", 0.001)).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("|x| is at its kink (x = 0). Backprop uses abs'(0) = 0"));
        assertThat(explain("x = 1; y = 1; J = max(x, y)", "y", 0.001)).contains("max(x, y) is at a tie (both "
                + "arguments are 1). Backprop gives each argument half the gradient, as PyTorch does; but the slope "
                + "is 1 on one side of the tie and 0 on the other, so the nudge, which looks at one side, sees "
                + "something else.");
    }

    @Test
    void aKinkInsideTheNudgeIsFoundToo() {
        assertThat(explain("x = 0.0004; J = relu(x)", "x", 0.001)).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("relu(x) has a kink between x − h and x + h"));
    }

    @Test
    void leavingTheDomainIsExplained() {
        assertThat(explain("x = 0.0005; J = sqrt(x)", "x", 0.001)).contains(
                "The nudge leaves the domain: at x − h, J = NaN (square root of a negative number).");
    }

    @Test
    void anOutputThatIsNotANumberIsSaidToBeOne() {
        assertThat(explain("x = -1; u = ln(x); J = 2*u", "x", 0.001)).contains(
                "J is NaN here (because u is NaN (ln of a negative number)), so no nudge can measure a slope.");
    }

    @Test
    void aKinkOnAnotherInputsPathIsNotBlamed() {
        assertThat(explain("x = 0; a = 2; J = relu(x) + a^3", "a", 1.0)).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("h = 1 is large for this function"));
    }
}
