package studio.backprop.export;

import java.text.Normalizer;
import java.util.Map;

import studio.backprop.presentation.BundledFont;

/**
 * Text as plain pdflatex reads it, with no package beyond TikZ, so that the picture compiles in
 * any document it is put into: LaTeX's special characters escaped; the Unicode of labels and
 * numbers mapped to math (σ → {@code $\sigma$}, ∂ → {@code $\partial$}, x₁ → {@code x$_{1}$});
 * accented Latin letters to accent commands (é → {@code \'{e}}, ŷ → {@code \^{y}}); dashes and
 * quotes to LaTeX's ligatures (— → {@code ---}). Any other character the PNG shows is drawn as its
 * outline in DejaVu Sans, so that no character is lost, whatever fonts the TeX installation has.
 */
final class LatexText {

    private static final Map<Integer, String> TEXT = Map.ofEntries(
            Map.entry((int) '\\', "\\textbackslash{}"), Map.entry((int) '$', "\\$"), Map.entry((int) '&', "\\&"),
            Map.entry((int) '#', "\\#"), Map.entry((int) '%', "\\%"), Map.entry((int) '_', "\\_"),
            Map.entry((int) '^', "\\^{}"), Map.entry((int) '~', "\\~{}"), Map.entry((int) '"', "''"),
            Map.entry((int) '–', "--"), Map.entry((int) '—', "---"), Map.entry((int) '‘', "`"), Map.entry((int) '’', "'"),
            Map.entry((int) '“', "``"), Map.entry((int) '”', "''"), Map.entry((int) '…', "\\ldots{}"),
            Map.entry(0xa0, "~"), Map.entry((int) 'ß', "\\ss{}"), Map.entry((int) 'æ', "\\ae{}"),
            Map.entry((int) 'Æ', "\\AE{}"), Map.entry((int) 'œ', "\\oe{}"), Map.entry((int) 'Œ', "\\OE{}"),
            Map.entry((int) 'ø', "\\o{}"), Map.entry((int) 'Ø', "\\O{}"), Map.entry((int) 'ł', "\\l{}"),
            Map.entry((int) 'Ł', "\\L{}"), Map.entry((int) 'ı', "\\i{}"), Map.entry((int) 'ȷ', "\\j{}"),
            Map.entry((int) '§', "\\S{}"), Map.entry((int) '¶', "\\P{}"), Map.entry((int) '©', "\\copyright{}"),
            Map.entry((int) '£', "\\pounds{}"), Map.entry((int) '†', "\\dag{}"), Map.entry((int) '‡', "\\ddag{}"));

    private static final Map<Integer, String> MATH = Map.ofEntries(
            Map.entry((int) '-', "-"), Map.entry((int) '−', "-"), Map.entry((int) '<', "<"), Map.entry((int) '>', ">"),
            Map.entry((int) '|', "|"), Map.entry((int) '{', "\\{"), Map.entry((int) '}', "\\}"),
            Map.entry((int) '∂', "\\partial "), Map.entry((int) '×', "\\times "), Map.entry((int) '·', "\\cdot "),
            Map.entry((int) '⋅', "\\cdot "), Map.entry((int) '÷', "\\div "), Map.entry((int) '√', "\\surd "),
            Map.entry((int) '∞', "\\infty "), Map.entry((int) '±', "\\pm "), Map.entry((int) '≈', "\\approx "),
            Map.entry((int) '≤', "\\leq "), Map.entry((int) '≥', "\\geq "), Map.entry((int) '≠', "\\neq "),
            Map.entry((int) '→', "\\to "), Map.entry((int) '←', "\\leftarrow "), Map.entry((int) '⇒', "\\Rightarrow "),
            Map.entry((int) '′', "'"), Map.entry((int) '″', "''"), Map.entry((int) '‴', "'''"),
            Map.entry((int) '∑', "\\sum "), Map.entry((int) '∏', "\\prod "), Map.entry((int) '∇', "\\nabla "),
            Map.entry((int) '∈', "\\in "), Map.entry((int) '∘', "\\circ "), Map.entry((int) '•', "\\bullet "),
            Map.entry((int) '°', "^{\\circ}"), Map.entry((int) 'ϵ', "\\epsilon "), Map.entry((int) 'ϑ', "\\vartheta "),
            Map.entry((int) 'ϕ', "\\phi "));

    /** Combining marks and the text-mode accent commands that put them over a letter. */
    private static final Map<Integer, String> ACCENTS = Map.ofEntries(
            Map.entry(0x300, "`"), Map.entry(0x301, "'"), Map.entry(0x302, "^"), Map.entry(0x303, "~"),
            Map.entry(0x304, "="), Map.entry(0x306, "u"), Map.entry(0x307, "."), Map.entry(0x308, "\""),
            Map.entry(0x30a, "r"), Map.entry(0x30b, "H"), Map.entry(0x30c, "v"), Map.entry(0x323, "d"),
            Map.entry(0x327, "c"), Map.entry(0x331, "b"));

    private static final String LOWER_GREEK = "αβγδεζηθικλμνξοπρςστυφχψω";
    private static final String[] LOWER_NAMES = {"alpha", "beta", "gamma", "delta", "varepsilon", "zeta", "eta",
        "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "o", "pi", "rho", "varsigma", "sigma", "tau",
        "upsilon", "varphi", "chi", "psi", "omega"};
    private static final String UPPER_GREEK = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ\u03a2ΣΤΥΦΧΨΩ";
    private static final String[] UPPER_NAMES = {"A", "B", "Gamma", "Delta", "E", "Z", "H", "Theta", "I", "K",
        "Lambda", "M", "N", "Xi", "O", "Pi", "P", "", "Sigma", "T", "Upsilon", "Phi", "X", "Psi", "Omega"};
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾ⁿⁱᵀ";
    private static final String SUPERSCRIPT_VALUES = "0123456789+-()niT";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼ";
    private static final String SUBSCRIPT_VALUES = "0123456789+-()aeoxhklmnpstij";

    private LatexText() {
    }

    /** Text in the regular weight. */
    static String of(String text) {
        return of(text, false);
    }

    /** Text in a weight, which a character drawn as its outline is drawn in too. */
    static String of(String text, boolean bold) {
        Builder latex = new Builder(BundledFont.of(bold));
        text.codePoints().forEach(latex::add);
        return latex.finish();
    }

    /** Collects math pieces into one $...$ group, and runs of sub- or superscripts into one script. */
    private static final class Builder {
        private final BundledFont font;
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder math = new StringBuilder();
        private final StringBuilder script = new StringBuilder();
        private char scriptKind;

        Builder(BundledFont font) {
            this.font = font;
        }

        void add(int c) {
            int sup = SUPERSCRIPTS.indexOf(c);
            int sub = SUBSCRIPTS.indexOf(c);
            if (sup >= 0) {
                script('^', SUPERSCRIPT_VALUES.charAt(sup));
            } else if (sub >= 0) {
                script('_', SUBSCRIPT_VALUES.charAt(sub));
            } else if (mathFor(c) != null) {
                endScript();
                math.append(mathFor(c));
            } else {
                endMath();
                out.append(textFor(c, font));
            }
        }

        private void script(char kind, char value) {
            if (scriptKind != kind) endScript();
            scriptKind = kind;
            script.append(value);
        }

        private void endScript() {
            if (scriptKind != 0) {
                math.append(scriptKind).append('{').append(script).append('}');
                script.setLength(0);
                scriptKind = 0;
            }
        }

        private void endMath() {
            endScript();
            if (math.length() > 0) {
                out.append('$').append(math.toString().strip()).append('$');
                math.setLength(0);
            }
        }

        String finish() {
            endMath();
            return out.toString();
        }
    }

    private static String mathFor(int c) {
        String mapped = MATH.get(c);
        if (mapped != null) return mapped;
        int lower = LOWER_GREEK.indexOf(c);
        if (lower >= 0) return LOWER_NAMES[lower].length() == 1 ? LOWER_NAMES[lower] : "\\" + LOWER_NAMES[lower] + " ";
        int upper = UPPER_GREEK.indexOf(c);
        if (upper >= 0 && !UPPER_NAMES[upper].isEmpty()) {
            String name = UPPER_NAMES[upper];
            return name.length() > 1 ? "\\" + name + " " : "\\mathrm{" + name + "}";
        }
        return null;
    }

    private static String textFor(int c, BundledFont font) {
        String mapped = TEXT.get(c);
        if (mapped != null) return mapped;
        if (c >= 0x20 && c < 0x7f) return String.valueOf((char) c);
        String accented = accented(c);
        if (accented != null) return accented;
        return GlyphPicture.of(c, font);
    }

    /** A letter with accents, as accent commands around its ASCII letter: ŷ is \^{y}, ǘ is \'{\"{u}}. */
    private static String accented(int c) {
        String parts = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
        int base = parts.codePointAt(0);
        if (parts.length() < 2 || !(base < 0x7f && Character.isLetter(base))) return null;
        String latex = base == 'i' ? "\\i{}" : base == 'j' ? "\\j{}" : String.valueOf((char) base);
        for (int i = 1; i < parts.length(); i++) {
            String accent = ACCENTS.get((int) parts.charAt(i));
            if (accent == null) return null;
            latex = "\\" + accent + "{" + latex + "}";
        }
        return latex;
    }
}
