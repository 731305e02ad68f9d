package studio.backprop.autodiff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import studio.backprop.expr.Numbers;
import studio.backprop.expr.Op;
import studio.backprop.graph.Node;
import studio.backprop.tensor.Tensor;
import studio.backprop.tensor.TensorText;

/**
 * One step of the forward pass, as the lecture writes it: {@code u = b·c = 3·2 = 6}, and for
 * vectors and matrices with the value cut readably: {@code y = W1 · x = [1, -1, 0]}.
 *
 * @param problem why the value is NaN or ±∞, or null
 */
public record ForwardStep(Node node, List<Node> operands, List<Tensor> operandValues, Tensor value, String problem) {

    public ForwardStep {
        operands = List.copyOf(operands);
        operandValues = List.copyOf(operandValues);
    }

    /** "u = b·c = 3·2 = 6"; for {@code J = v} just "J = v = 33". */
    public String formula() {
        return formula(node -> false);
    }

    /** The same with the value of every {@code hidden} node written "?", for reveal mode: "v = a + u = 5 + 6 = ?". */
    public String formula(Predicate<Node> hidden) {
        boolean scalars = value.shape().isScalar() && operandValues.stream().allMatch(v -> v.shape().isScalar());
        List<String> names = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < operands.size(); i++) {
            // "-2·3" and "3·(-2)": a negative is bracketed after an operator, and as a power's base.
            boolean bracket = node.op().isOperator() && (i > 0 || node.op() == Op.POW || node.op() == Op.NEG);
            String label = operands.get(i).label();
            names.add(bracket && label.startsWith("-") ? "(" + label + ")" : label);
            if (scalars) {
                double number = operandValues.get(i).scalar();
                numbers.add(hidden.test(operands.get(i)) ? "?" : bracket ? Numbers.operand(number) : Numbers.format(number));
            }
        }
        String symbolic = node.op() == Op.INDEX ? IndexText.of(node, operands.get(0)) : node.op().write(names);
        String result = hidden.test(node) ? "?" : scalars ? Numbers.format(value.scalar()) : TensorText.of(value);
        StringBuilder text = new StringBuilder(node.label()).append(" = ").append(symbolic);
        if (scalars) {
            String numeric = node.op().write(numbers);
            if (!numeric.equals(result)) text.append(" = ").append(numeric);
        }
        return text.append(" = ").append(result).toString();
    }

    /** The value of a scalar step. */
    public double scalar() {
        return value.scalar();
    }

    @Override
    public String toString() {
        return formula();
    }
}
