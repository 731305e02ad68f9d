package studio.backprop.graph;

import java.util.List;

import studio.backprop.expr.Expr;
import studio.backprop.expr.Op;

/**
 * How the builder reads an expression: the op it becomes and its operands in slot order. Numbers,
 * names and negative number literals ({@code -2.5} is one constant, not a negation of one) are
 * leaves, with no op and no operands. An index keeps its row and column (from 1; column 0 when only
 * one index is given).
 */
record ExprShape(Op op, List<Expr> operands, int row, int column) {

    private static final ExprShape LEAF = new ExprShape(null, List.of(), 0, 0);

    static ExprShape of(Expr expr) {
        return expr.accept(READER);
    }

    boolean isLeaf() {
        return op == null;
    }

    private static ExprShape of(Op op, List<Expr> operands) {
        return new ExprShape(op, operands, 0, 0);
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
            return unary.operand() instanceof Expr.Num ? LEAF : of(unary.op(), List.of(unary.operand()));
        }

        @Override
        public ExprShape visitBinary(Expr.Binary binary) {
            return of(binary.op(), List.of(binary.left(), binary.right()));
        }

        @Override
        public ExprShape visitCall(Expr.Call call) {
            return of(call.op(), call.arguments());
        }

        @Override
        public ExprShape visitBracket(Expr.Bracket bracket) {
            return of(Op.STACK, bracket.items());
        }

        @Override
        public ExprShape visitCsv(Expr.Csv csv) {
            return LEAF;
        }

        @Override
        public ExprShape visitIndex(Expr.Index index) {
            return new ExprShape(Op.INDEX, List.of(index.target()), index.row(), index.column());
        }
    };
}
