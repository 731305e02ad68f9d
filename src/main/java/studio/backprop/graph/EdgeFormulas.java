package studio.backprop.graph;

import java.util.ArrayList;
import java.util.List;

import studio.backprop.expr.DerivativeFormula;
import studio.backprop.expr.FormulaNames;
import studio.backprop.expr.Numbers;

/**
 * An edge's local derivative as the lecture writes it, in the names of the graph's nodes:
 * ∂u/∂b = c along the edge from b into u = b·c. The formula is the user's op's
 * ({@link studio.backprop.expr.Op#partialFormula}); this class only names the operands.
 */
public final class EdgeFormulas {

    /** Every side of a kink, for the widest formula an edge can show. */
    private static final int[] SIDES = {-1, 0, 1};

    /**
     * The room an edge's formula needs, whichever side of a kink its operands are on.
     *
     * @param characters the longest formula's length, in code points
     * @param number     whether the formula is a number on every side, as ∂v/∂a = 1 is
     */
    public record Room(int characters, boolean number) {
    }

    private EdgeFormulas() {
    }

    /**
     * ∂user/∂operand along an edge between numbers, for operands on {@code side} of the op's kink
     * ({@link studio.backprop.expr.Op#sideOfKink}); null for an edge that joins vectors or matrices.
     */
    public static DerivativeFormula of(ComputationGraph graph, OperandEdge edge, int side) {
        if (!edge.betweenNumbers()) return null;
        Node user = edge.user();
        return user.op().partialFormula(edge.slot(), names(graph, user), side);
    }

    /** The room the edge's formula needs, for a layout that writes it on the edge; null if it has none. */
    public static Room room(ComputationGraph graph, OperandEdge edge) {
        if (!edge.betweenNumbers()) return null;
        int widest = 0;
        boolean number = true;
        for (int side : edge.user().op().hasPiecewisePartial() ? SIDES : new int[] {0}) {
            DerivativeFormula formula = of(graph, edge, side);
            if (formula == null) return null;
            String text = formula.text();
            widest = Math.max(widest, text.codePointCount(0, text.length()));
            number &= formula.isNumber();
        }
        return new Room(widest, number);
    }

    /** The user's name and its operands': a constant written as a number is that number. */
    static FormulaNames names(ComputationGraph graph, Node user) {
        List<FormulaNames.Name> operands = new ArrayList<>();
        for (Node operand : graph.operands(user)) {
            boolean numeral = operand.isConstant() && operand.label().equals(Numbers.format(operand.constant()));
            operands.add(new FormulaNames.Name(operand.label(), numeral ? operand.constant() : Double.NaN));
        }
        return new FormulaNames(user.label(), operands);
    }
}
