package studio.backprop.autodiff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import studio.backprop.expr.Numbers;
import studio.backprop.expr.Op;
import studio.backprop.graph.Node;

/**
 * One step of the forward pass, as the lecture writes it: {@code u = b·c = 3·2 = 6}.
 *
 * @param problem why the value is NaN or ±∞, or null
 */
public record ForwardStep(Node node, List<Node> operands, double[] operandValues, double value, String problem) {

    public ForwardStep {
        operands = List.copyOf(operands);
        operandValues = operandValues.clone();
    }

    /** "u = b·c = 3·2 = 6"; for {@code J = v} just "J = v = 33". */
    public String formula() {
        return formula(node -> false);
    }

    /** The same with the value of every {@code hidden} node written "?", for reveal mode: "v = a + u = 5 + 6 = ?". */
    public String formula(Predicate<Node> hidden) {
        List<String> names = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < operands.size(); i++) {
            // "-2·3" and "3·(-2)": a negative is bracketed after an operator, and as a power's base.
            boolean bracket = node.op().isOperator() && (i > 0 || node.op() == Op.POW || node.op() == Op.NEG);
            String label = operands.get(i).label();
            names.add(bracket && label.startsWith("-") ? "(" + label + ")" : label);
            numbers.add(hidden.test(operands.get(i)) ? "?"
                    : bracket ? Numbers.operand(operandValues[i]) : Numbers.format(operandValues[i]));
        }
        String symbolic = node.op().write(names);
        String numeric = node.op().write(numbers);
        String result = hidden.test(node) ? "?" : Numbers.format(value);
        StringBuilder text = new StringBuilder(node.label()).append(" = ").append(symbolic);
        if (!numeric.equals(result)) {
            text.append(" = ").append(numeric);
        }
        return text.append(" = ").append(result).toString();
    }

    @Override
    public String toString() {
        return formula();
    }
}
