package studio.backprop.expr;

import java.util.List;

/**
 * What a derivative's formula is written in: the name of the result ({@code a} in a = σ(z)) and of
 * each operand. An operand written as a number ({@code 3} in J = 3·v) is a number in the formula,
 * so that ∂J/∂v is 3 and a path's product can multiply it out; a named constant ({@code π}) stays
 * a name.
 *
 * @param result   the name of the node the op computes
 * @param operands one per operand slot
 */
public record FormulaNames(String result, List<Name> operands) {

    /**
     * One operand.
     *
     * @param text   how it is written: "b", "x1", "3"
     * @param number its value if it is written as a number, NaN otherwise
     */
    public record Name(String text, double number) {

        public static Name of(String text) {
            return new Name(text, Double.NaN);
        }

        public boolean isNumber() {
            return !Double.isNaN(number);
        }
    }

    public FormulaNames {
        operands = List.copyOf(operands);
    }

    /** Names only, none of them a number: {@code of("u", "b", "c")} for u = b·c. */
    public static FormulaNames of(String result, String... operands) {
        return new FormulaNames(result, java.util.Arrays.stream(operands).map(Name::of).toList());
    }

    /** The text of the operand in {@code slot}. */
    String text(int slot) {
        return operands.get(slot).text();
    }

    /** The operand in {@code slot} as a formula: its number, or its name as a factor. */
    DerivativeFormula operand(int slot) {
        Name name = operands.get(slot);
        return name.isNumber() ? DerivativeFormula.number(name.number()) : DerivativeFormula.factor(name.text());
    }
}
