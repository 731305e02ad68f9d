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
        "ŷ = σ(θ)         | \\^{y} = $\\sigma$($\\theta$)",
        "Régression — é   | R\\'{e}gression --- \\'{e}",
        "ǘ í ñ ç ß        | \\'{\\\"{u}} \\'{\\i{}} \\~{n} \\c{c} \\ss{}",
        "Wᵀ xᵢ            | W$^{T}$ x$_{i}$"})
    void unicodeBecomesMathAndSpecialCharactersAreEscaped(String text, String latex) {
        assertThat(LatexText.of(text)).isEqualTo(latex);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ж", "⚠", "∀", "ℝ", "ŋ"})
    void aCharacterTexHasNoGlyphForIsDrawnAsItsOutlineInTheTextsSize(String character) {
        String latex = LatexText.of("a" + character + "b", true);
        assertThat(latex).startsWith("a\\tikz[baseline=0pt,x=1em,y=1em]{\\useasboundingbox (0,0) rectangle (").endsWith("}b");
        assertThat(latex).contains("\\fill (").contains("-- cycle");
    }

    @Test
    void everyCharacterThePngShowsBecomesPlainAscii() {
        StringBuilder all = new StringBuilder();
        for (int c = 0x20; c < 0x2500; c++) {
            if (Character.isDefined(c) && !Character.isISOControl(c) && studio.backprop.presentation.BundledFont.REGULAR.covers(c)) {
                all.appendCodePoint(c);
            }
        }
        String latex = LatexText.of(all.toString());
        assertThat(latex.chars().filter(c -> c >= 0x7f).count()).as("characters outside ASCII").isZero();
        assertThat(latex).doesNotContain("?\\tikz");
    }

    @Test
    void quotesAndDashesBecomeLatexLigatures() {
        assertThat(LatexText.of("“a” ‘b’ x… 1–2")).isEqualTo("``a'' `b' x\\ldots{} 1--2");
    }

    @Test
    void aBarIsMath() {
        assertThat(LatexText.of("|x|")).isEqualTo("$|$x$|$");
    }
}
