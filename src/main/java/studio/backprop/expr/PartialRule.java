package studio.backprop.expr;

/**
 * How an op's local partial derivative is written, as the lecture writes it: each {@link Op}
 * constant owns one (from {@link PartialRules}), beside its value and its chain rule.
 */
@FunctionalInterface
interface PartialRule {

    /**
     * ∂(result)/∂(operand in {@code slot}) in {@code names}; {@code side} is the operands' side of
     * the op's kink ({@link Op#sideOfKink}), for a piecewise derivative. Null for an op without a
     * partial of its own: leaves, and the structural ops, whose chain rule is written in matrix form.
     */
    DerivativeFormula of(int slot, FormulaNames names, int side);
}
