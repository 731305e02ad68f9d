package studio.backprop.expr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How numbers are shown to students: whole numbers without ".0", others to six significant
 * digits without trailing zeros (33.003, 0.499875), very large or small ones in e-notation.
 */
public final class Numbers {

    private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);
    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);
    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_EVEN);

    private Numbers() {
    }

    public static String format(double x) {
        return format(x, SIX_DIGITS);
    }

    /** Four significant digits, for a node's value and dvar in the graph. */
    public static String compact(double x) {
        return format(x, FOUR_DIGITS);
    }

    /** Three significant digits, for the smallest labels: an edge's local derivative. */
    public static String tiny(double x) {
        return format(x, THREE_DIGITS);
    }

    private static String format(double x, MathContext digits) {
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "∞" : "-∞";
        if (x == 0) return "0";
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        BigDecimal rounded = new BigDecimal(x).round(digits).stripTrailingZeros();
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= 1e-4 && magnitude < 1e15) {
            return rounded.toPlainString();
        }
        String mantissa = rounded.unscaledValue().toString();
        boolean negative = mantissa.startsWith("-");
        String significand = negative ? mantissa.substring(1) : mantissa;
        int exponent = significand.length() - 1 - rounded.scale();
        String lead = significand.length() == 1 ? significand : significand.charAt(0) + "." + significand.substring(1);
        return (negative ? "-" : "") + lead + "e" + exponent;
    }

    /** A whole number as superscript digits, as in x² or 10⁻¹²: the characters the lexer reads back as a power. */
    public static String superscript(int power) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder text = new StringBuilder(power < 0 ? "⁻" : "");
        for (char digit : Integer.toString(Math.abs(power)).toCharArray()) text.append(digits.charAt(digit - '0'));
        return text.toString();
    }

    /** Like {@link #format} but in parentheses when negative, for use inside "3·(-2)". */
    public static String operand(double x) {
        String text = format(x);
        return text.startsWith("-") ? "(" + text + ")" : text;
    }
}
