package studio.backprop.expr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Prints an expression as an S-expression, {@code (* 3 (+ a (* b c)))}: the oracle for parser
 * tests, since it shows the tree's shape and nothing else. Uses an explicit stack, so a deep tree
 * cannot overflow the call stack; the visitor only says what each node prints and what it opens.
 */
public final class SExpressionPrinter implements Expr.Visitor<Void> {

    private final StringBuilder out = new StringBuilder();
    /** Strings to print and expressions to visit, in the order they come. */
    private final Deque<Object> work = new ArrayDeque<>();

    private SExpressionPrinter() {
    }

    public static String print(Expr root) {
        SExpressionPrinter printer = new SExpressionPrinter();
        printer.work.push(root);
        while (!printer.work.isEmpty()) {
            Object item = printer.work.pop();
            if (item instanceof String text) {
                printer.out.append(text);
            } else {
                ((Expr) item).accept(printer);
            }
        }
        return printer.out.toString();
    }

    @Override
    public Void visitNum(Expr.Num num) {
        out.append(Numbers.format(num.value()));
        return null;
    }

    @Override
    public Void visitVar(Expr.Var var) {
        out.append(var.name());
        return null;
    }

    @Override
    public Void visitUnary(Expr.Unary unary) {
        return open(unary.op(), List.of(unary.operand()));
    }

    @Override
    public Void visitBinary(Expr.Binary binary) {
        return open(binary.op(), List.of(binary.left(), binary.right()));
    }

    @Override
    public Void visitCall(Expr.Call call) {
        return open(call.op(), call.arguments());
    }

    @Override
    public Void visitBracket(Expr.Bracket bracket) {
        return open(Op.STACK, bracket.items());
    }

    @Override
    public Void visitCsv(Expr.Csv csv) {
        out.append("(csv \"").append(csv.file()).append("\" ").append(csv.column()).append(')');
        return null;
    }

    @Override
    public Void visitIndex(Expr.Index index) {
        out.append('(').append(Op.INDEX.printed());
        work.push(" " + index.row() + (index.column() > 0 ? " " + index.column() : "") + ")");
        work.push(index.target());
        work.push(" ");
        return null;
    }

    private Void open(Op op, List<Expr> operands) {
        out.append('(').append(op.printed());
        work.push(")");
        for (int i = operands.size() - 1; i >= 0; i--) {
            work.push(operands.get(i));
            work.push(" ");
        }
        return null;
    }
}
