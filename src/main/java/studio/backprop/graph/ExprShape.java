package studio.backprop.graph;

import java.util.OptionalDouble;

import studio.backprop.expr.Expr;

/**
 * How the builder reads an expression: its operands in order and the op it becomes. A negative
 * number literal is one leaf, a constant, not a negation of one.
 */
final class ExprShape {

    private ExprShape() {
    }

    /** {@code 5}, {@code -2.5}: the form that makes {@code a = 5} an input, and a constant elsewhere. */
    static OptionalDouble signedLiteral(Expr expr) {
        if (expr instanceof Expr.Num num) {
            return OptionalDouble.of(num.value());
        }
        if (expr instanceof Expr.Unary unary && unary.operand() instanceof Expr.Num num) {
            return OptionalDouble.of(-num.value());
        }
        return OptionalDouble.empty();
    }

    static int childCount(Expr expr) {
        if (expr instanceof Expr.Binary) return 2;
        if (expr instanceof Expr.Call call) return call.arguments().size();
        if (expr instanceof Expr.Unary unary) return unary.operand() instanceof Expr.Num ? 0 : 1;
        return 0;
    }

    static Expr child(Expr expr, int i) {
        if (expr instanceof Expr.Binary binary) return i == 0 ? binary.left() : binary.right();
        if (expr instanceof Expr.Call call) return call.arguments().get(i);
        return ((Expr.Unary) expr).operand();
    }

    static Op opOf(Expr expr) {
        if (expr instanceof Expr.Unary) return Op.NEG;
        if (expr instanceof Expr.Call call) return Op.valueOf(call.function().name());
        return switch (((Expr.Binary) expr).operator()) {
            case ADD -> Op.ADD;
            case SUBTRACT -> Op.SUB;
            case MULTIPLY -> Op.MUL;
            case DIVIDE -> Op.DIV;
            case POWER -> Op.POW;
        };
    }
}
