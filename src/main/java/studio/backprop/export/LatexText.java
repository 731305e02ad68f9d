package studio.backprop.export;

import java.util.Map;

/**
 * Text as plain pdflatex reads it, without fontspec or inputenc tricks: LaTeX's special characters
 * escaped, and the Unicode of labels and numbers mapped to math: σ → {@code $\sigma$},
 * ∂ → {@code $\partial$}, × → {@code $\times$}, · → {@code $\cdot$}, − → {@code $-$},
 * ′ → {@code $'$}, x₁ → {@code x$_{1}$}, ² → {@code $^{2}$}. A character with no mapping becomes '?'.
 */
final class LatexText {

    private static final Map<Integer, String> TEXT = Map.ofEntries(
            Map.entry((int) '\\', "\\textbackslash{}"), Map.entry((int) '$', "\\$"), Map.entry((int) '&', "\\&"),
            Map.entry((int) '#', "\\#"), Map.entry((int) '%', "\\%"), Map.entry((int) '_', "\\_"),
            Map.entry((int) '^', "\\^{}"), Map.entry((int) '~', "\\~{}"), Map.entry((int) '"', "''"));

    private static final Map<Integer, String> MATH = Map.ofEntries(
            Map.entry((int) '-', "-"), Map.entry((int) '−', "-"), Map.entry((int) '<', "<"), Map.entry((int) '>', ">"),
            Map.entry((int) '|', "|"), Map.entry((int) '{', "\\{"), Map.entry((int) '}', "\\}"),
            Map.entry((int) '∂', "\\partial "), Map.entry((int) '×', "\\times "), Map.entry((int) '·', "\\cdot "),
            Map.entry((int) '÷', "\\div "), Map.entry((int) '√', "\\surd "), Map.entry((int) '∞', "\\infty "),
            Map.entry((int) '±', "\\pm "), Map.entry((int) '≈', "\\approx "), Map.entry((int) '≤', "\\leq "),
            Map.entry((int) '≥', "\\geq "), Map.entry((int) '→', "\\to "), Map.entry((int) '′', "'"),
            Map.entry((int) '″', "''"), Map.entry((int) '‴', "'''"), Map.entry((int) '∑', "\\sum "),
            Map.entry((int) '∏', "\\prod "), Map.entry((int) 'ϵ', "\\epsilon "), Map.entry((int) 'ϑ', "\\vartheta "),
            Map.entry((int) 'ϕ', "\\phi "));

    private static final String LOWER_GREEK = "αβγδεζηθικλμνξοπρςστυφχψω";
    private static final String[] LOWER_NAMES = {"alpha", "beta", "gamma", "delta", "varepsilon", "zeta", "eta",
        "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "o", "pi", "rho", "varsigma", "sigma", "tau",
        "upsilon", "varphi", "chi", "psi", "omega"};
    private static final String UPPER_GREEK = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ\u03a2ΣΤΥΦΧΨΩ";
    private static final String[] UPPER_NAMES = {"A", "B", "Gamma", "Delta", "E", "Z", "H", "Theta", "I", "K",
        "Lambda", "M", "N", "Xi", "O", "Pi", "P", "", "Sigma", "T", "Upsilon", "Phi", "X", "Psi", "Omega"};
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾ⁿⁱ";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₍₎ₐₑₒₓₕₖₗₘₙₚₛₜ";
    private static final String SCRIPT_VALUES = "0123456789+-()";
    private static final String SUBSCRIPT_LETTERS = "aeoxhklmnpst";

    private LatexText() {
    }

    static String of(String text) {
        Builder latex = new Builder();
        text.codePoints().forEach(latex::add);
        return latex.finish();
    }

    /** Collects math pieces into one $...$ group, and runs of sub- or superscripts into one script. */
    private static final class Builder {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder math = new StringBuilder();
        private final StringBuilder script = new StringBuilder();
        private char scriptKind;

        void add(int c) {
            int sup = SUPERSCRIPTS.indexOf(c);
            int sub = SUBSCRIPTS.indexOf(c);
            if (sup >= 0) {
                script('^', sup < SCRIPT_VALUES.length() ? SCRIPT_VALUES.charAt(sup) : "ni".charAt(sup - SCRIPT_VALUES.length()));
            } else if (sub >= 0) {
                script('_', sub < SCRIPT_VALUES.length() ? SCRIPT_VALUES.charAt(sub)
                        : SUBSCRIPT_LETTERS.charAt(sub - SCRIPT_VALUES.length()));
            } else if (mathFor(c) != null) {
                endScript();
                math.append(mathFor(c));
            } else {
                endMath();
                out.append(textFor(c));
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

    private static String textFor(int c) {
        String mapped = TEXT.get(c);
        if (mapped != null) return mapped;
        if (c >= 0x20 && c < 0x7f) return String.valueOf((char) c);
        return "?";
    }
}
