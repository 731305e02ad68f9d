package studio.backprop.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * A local derivative as the lecture writes it, in the operands' names: ∂u/∂b = c, ∂a/∂z = a(1 − a),
 * ∂v/∂y = −x/y², ∂r/∂z = 1 (z > 0). It is a product, a number times factors over factors, so that
 * the partials along a path multiply into one formula the way the course simplifies them:
 * 3 · 1 · c = 3c.
 *
 * <p>A factor is a name or a closed piece of formula ({@code "c"}, {@code "1 − a"},
 * {@code "cos(x)"}, {@code "y²"}); a factor with a space at its top level is bracketed when it
 * stands next to others.
 *
 * @param coefficient the number in front: 1, −1, or a constant operand's value such as 3
 * @param numerator   the factors above the line
 * @param denominator the factors under it
 * @param condition   where a piecewise derivative takes this piece ({@code "z > 0"}); null if everywhere
 */
public record DerivativeFormula(double coefficient, List<String> numerator, List<String> denominator, String condition) {

    /** The same number as {@link Numbers#format}, with the minus sign of a formula. */
    private static final String MINUS = "−";

    public DerivativeFormula {
        numerator = List.copyOf(numerator);
        denominator = List.copyOf(denominator);
    }

    public static DerivativeFormula number(double value) {
        return new DerivativeFormula(value, List.of(), List.of(), null);
    }

    /** One factor, a name or a closed piece of formula: {@code "c"}, {@code "1 − a"}. */
    public static DerivativeFormula factor(String factor) {
        return new DerivativeFormula(1, List.of(factor), List.of(), null);
    }

    /** Whether it is a plain number: no names in it. */
    public boolean isNumber() {
        return numerator.isEmpty() && denominator.isEmpty();
    }

    /** This piece, taken where {@code where} holds: {@code 1 (z > 0)}. */
    public DerivativeFormula when(String where) {
        return new DerivativeFormula(coefficient, numerator, denominator, where);
    }

    /**
     * The product, with factors that appear above and below the line cancelled, and nothing but 0
     * left of a product with 0; a product holds everywhere, so it has no condition.
     */
    public DerivativeFormula times(DerivativeFormula other) {
        if (coefficient * other.coefficient == 0) return number(0);
        List<String> top = new ArrayList<>(numerator);
        top.addAll(other.numerator);
        List<String> bottom = new ArrayList<>(denominator);
        bottom.addAll(other.denominator);
        for (int i = top.size() - 1; i >= 0; i--) {
            if (bottom.remove(top.get(i))) top.remove(i);
        }
        return new DerivativeFormula(coefficient * other.coefficient, top, bottom, null);
    }

    public DerivativeFormula times(double factor) {
        return new DerivativeFormula(coefficient * factor, numerator, denominator, condition);
    }

    /** This divided by {@code divisor}: a number divides the coefficient, names go under the line. */
    public DerivativeFormula over(DerivativeFormula divisor) {
        DerivativeFormula inverse = new DerivativeFormula(1 / divisor.coefficient, divisor.denominator, divisor.numerator, null);
        return times(inverse).when(condition);
    }

    /** The formula with its condition: {@code "a(1 − a)"}, {@code "1 (z > 0)"}. */
    public String text() {
        return condition == null ? expression() : expression() + " (" + condition + ")";
    }

    /**
     * The formula as one factor of a product, bracketed if it would otherwise run into its
     * neighbours: {@code "(1 − t²)"}, {@code "(−x/y²)"}, but {@code "a(1 − a)"} and {@code "1 (z > 0)"}.
     */
    public String asFactor() {
        String expression = expression();
        boolean bracket = topLevelSpace(expression) || expression.startsWith(MINUS);
        String shown = bracket ? "(" + expression + ")" : expression;
        return condition == null ? shown : shown + " (" + condition + ")";
    }

    /** The formula without its condition, as the language would read it once its names are defined. */
    public String expression() {
        if (denominator.isEmpty()) return product(coefficient, numerator);
        String under = denominator.size() == 1 && simple(denominator.get(0)) ? denominator.get(0)
                : "(" + product(1, denominator) + ")";
        if (numerator.isEmpty()) {
            long k = Math.round(1 / coefficient);
            if (Math.abs(k) >= 2 && Math.abs(k) <= 9 && Math.abs(1 / coefficient - k) < 1e-12) {
                // 1/(2√x), as the textbook writes the slope of a square root, rather than 0.5/√x.
                return (k < 0 ? MINUS : "") + "1/(" + Math.abs(k) + product(1, denominator) + ")";
            }
            return written(coefficient) + "/" + under;
        }
        String over = product(coefficient, numerator);
        return (topLevelSpace(over) ? "(" + over + ")" : over) + "/" + under;
    }

    @Override
    public String toString() {
        return text();
    }

    /** "3c", "a(1 − a)", "−sin(x)", "y·x^(y − 1)": a number next to a name, brackets next to anything. */
    private static String product(double coefficient, List<String> factors) {
        if (factors.isEmpty()) return written(coefficient);
        String lead = coefficient == 1 ? "" : coefficient == -1 ? MINUS : written(coefficient);
        boolean alone = factors.size() == 1 && lead.isEmpty();
        StringBuilder text = new StringBuilder(lead);
        for (int i = 0; i < factors.size(); i++) {
            String shown = alone || !needsBrackets(factors.get(i)) ? factors.get(i) : "(" + factors.get(i) + ")";
            boolean juxtaposed = i == 0 ? lead.isEmpty() || lead.equals(MINUS) || !Character.isDigit(shown.charAt(0))
                    : shown.startsWith("(");
            text.append(juxtaposed ? "" : "·").append(shown);
        }
        return text.toString();
    }

    private static String written(double value) {
        String text = Numbers.format(value);
        return text.startsWith("-") ? MINUS + text.substring(1) : text;
    }

    private static boolean needsBrackets(String factor) {
        return topLevelSpace(factor) || topLevel(factor, '/');
    }

    /** A divisor that needs no brackets: one name or call, not starting with a number ({@code 2√x} does). */
    private static boolean simple(String factor) {
        return !needsBrackets(factor) && !topLevel(factor, '·') && !Character.isDigit(factor.charAt(0));
    }

    private static boolean topLevelSpace(String text) {
        return topLevel(text, ' ');
    }

    private static boolean topLevel(String text, char wanted) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if (c == ')' || c == ']') depth--;
            else if (c == wanted && depth == 0) return true;
        }
        return false;
    }
}
