package studio.backprop.expr;

import static studio.backprop.expr.DerivativeFormula.factor;
import static studio.backprop.expr.DerivativeFormula.number;

/**
 * Each op's partial derivatives written as the lecture writes them, one rule per op, owned by
 * its {@link Op} constant. The numbers the passes use are {@link Op#chain}'s; these say the same
 * in the operands' names, and {@code PartialFormulaTest} evaluates every formula back through the
 * language to check that they agree.
 *
 * <p>Where the passes work a slope out from the result (exp, tan, tanh, σ), the formula is
 * written in the result's name too: ∂a/∂z = a(1 − a), as the course writes σ′.
 */
final class PartialRules {

    private PartialRules() {
    }

    /** Leaves and the structural ops, whose chain rule is written in matrix form. */
    static final PartialRule NONE = (slot, n, side) -> null;
    static final PartialRule ONE = (slot, n, side) -> number(1);
    static final PartialRule NEG = (slot, n, side) -> number(-1);
    static final PartialRule SUB = (slot, n, side) -> number(slot == 0 ? 1 : -1);
    /** ∂(x·y)/∂x = y: the other operand. */
    static final PartialRule MUL = (slot, n, side) -> n.operand(1 - slot);
    /** 1/y, and −x/y². */
    static final PartialRule DIV = (slot, n, side) -> slot == 0 ? number(1).over(n.operand(1))
            : n.operand(0).times(-1).over(power(n, 1, 2));
    /** y·x^(y − 1), which is 2x for x², and x^y·ln(x), written with the result's name. */
    static final PartialRule POW = (slot, n, side) -> {
        if (slot == 1) return factor(n.result()).times(factor("ln(" + n.text(0) + ")"));
        FormulaNames.Name exponent = n.operands().get(1);
        if (exponent.isNumber()) return number(exponent.number()).times(power(n, 0, exponent.number() - 1));
        return factor(exponent.text()).times(factor(n.text(0) + "^(" + exponent.text() + " − 1)"));
    };
    static final PartialRule EXP = (slot, n, side) -> factor(n.result());
    static final PartialRule LN = (slot, n, side) -> number(1).over(n.operand(0));
    static final PartialRule SQRT = (slot, n, side) -> number(0.5).over(n.operands().get(0).isNumber()
            ? number(Math.sqrt(n.operands().get(0).number())) : factor("√" + n.text(0)));
    static final PartialRule SIN = (slot, n, side) -> factor("cos(" + n.text(0) + ")");
    static final PartialRule COS = (slot, n, side) -> factor("sin(" + n.text(0) + ")").times(-1);
    static final PartialRule TAN = (slot, n, side) -> factor("1 + " + n.result() + "²");
    static final PartialRule TANH = (slot, n, side) -> factor("1 − " + n.result() + "²");
    static final PartialRule SIGMOID = (slot, n, side) -> factor(n.result()).times(factor("1 − " + n.result()));
    static final PartialRule RELU = (slot, n, side) -> side > 0 ? number(1).when(n.text(0) + " > 0")
            : number(0).when(n.text(0) + " ≤ 0");
    /** 0 on either side of the jump, and by convention at it. */
    static final PartialRule STEP = (slot, n, side) -> number(0);
    static final PartialRule ABS = (slot, n, side) -> side > 0 ? number(1).when(n.text(0) + " > 0")
            : side < 0 ? number(-1).when(n.text(0) + " < 0") : number(0).when(n.text(0) + " = 0");
    static final PartialRule MAX = (slot, n, side) -> choice(slot, n, side, true);
    static final PartialRule MIN = (slot, n, side) -> choice(slot, n, side, false);

    /** 1 for the argument max (or min) chooses, 0 for the other, ½ each on a tie; the condition says which holds. */
    private static DerivativeFormula choice(int slot, FormulaNames n, int side, boolean max) {
        String x = n.text(0);
        String y = n.text(1);
        if (side == 0) return number(0.5).when(x + " = " + y);
        String order = side > 0 ? x + " > " + y : x + " < " + y;
        boolean firstChosen = (side > 0) == max;
        return number(firstChosen == (slot == 0) ? 1 : 0).when(order);
    }

    /** The operand in {@code slot} to the power {@code p}: x², x⁻¹, x^1.5, or the number itself. */
    private static DerivativeFormula power(FormulaNames n, int slot, double p) {
        FormulaNames.Name base = n.operands().get(slot);
        if (base.isNumber()) return number(Elementary.pow(base.number(), p));
        if (p == 0) return number(1);
        if (p == 1) return factor(base.text());
        if (p == Math.rint(p) && Math.abs(p) <= 9) return factor(base.text() + Numbers.superscript((int) p));
        String exponent = Numbers.format(p);
        return factor(base.text() + "^" + (p < 0 ? "(" + exponent + ")" : exponent));
    }
}
