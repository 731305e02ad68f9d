package studio.backprop.graph;

import java.util.List;

import studio.backprop.expr.Expr;
import studio.backprop.expr.Op;

/**
 * How the builder reads an expression: the op it becomes and its operands in slot order. Numbers,
 * names and negative number literals ({@code -2.5} is one constant, not a negation of one) are
 * leaves, with no op and no operands.
 */
record ExprShape(Op op, List<Expr> operands) {

    private static final ExprShape LEAF = new ExprShape(null, List.of());

    static ExprShape of(Expr expr) {
        return expr.accept(READER);
    }

    boolean isLeaf() {
        return op == null;
    }

    private static final Expr.Visitor<ExprShape> READER = new Expr.Visitor<>() {
        @Override
        public ExprShape visitNum(Expr.Num num) {
            return LEAF;
        }

        @Override
        public ExprShape visitVar(Expr.Var var) {
            return LEAF;
        }

        @Override
        public ExprShape visitUnary(Expr.Unary unary) {
            return unary.operand() instanceof Expr.Num ? LEAF : new ExprShape(unary.op(), List.of(unary.operand()));
        }

        @Override
        public ExprShape visitBinary(Expr.Binary binary) {
            return new ExprShape(binary.op(), List.of(binary.left(), binary.right()));
        }

        @Override
        public ExprShape visitCall(Expr.Call call) {
            return new ExprShape(call.op(), call.arguments());
        }
    };
}
