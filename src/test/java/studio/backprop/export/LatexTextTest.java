package studio.backprop.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "v +              | v +",
        "u ×              | u $\\times$",
        "h1 σ             | h1 $\\sigma$",
        "dx₁ = -0.5       | dx$_{1}$ = $-$0.5",
        "x₁₂              | x$_{12}$",
        "c′               | c$'$",
        "c″               | c$''$",
        "c⁽⁴⁾             | c$^{(4)}$",
        "3x²y             | 3x$^{2}$y",
        "∂u/∂c = 3        | $\\partial$u/$\\partial$c = 3",
        "du · ∂u/∂c       | du $\\cdot$ $\\partial$u/$\\partial$c",
        "a − b            | a $-$ b",
        "θ Δ Ω π ε        | $\\theta$ $\\Delta$ $\\Omega$ $\\pi$ $\\varepsilon$",
        "ο Α              | $o$ $\\mathrm{A}$",
        "√ ÷ ∞            | $\\surd$ $\\div$ $\\infty$",
        "`50% & $5 #1 a_b` | `50\\% \\& \\$5 \\#1 a\\_b`",
        "`x^2 {y} ~z \\`   | `x\\^{}2 $\\{$y$\\}$ \\~{}z \\textbackslash{}`",
        "a < b > c        | a $<$ b $>$ c",
        "⚠ ok             | ? ok"})
    void unicodeBecomesMathAndSpecialCharactersAreEscaped(String text, String latex) {
        assertThat(LatexText.of(text)).isEqualTo(latex);
    }

    @Test
    void aBarIsMath() {
        assertThat(LatexText.of("|x|")).isEqualTo("$|$x$|$");
    }
}
