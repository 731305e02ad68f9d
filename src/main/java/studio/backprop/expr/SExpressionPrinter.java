package studio.backprop.expr;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Prints an expression as an S-expression, {@code (* 3 (+ a (* b c)))}: the oracle for parser
 * tests, since it shows the tree's shape and nothing else. Uses an explicit stack, so a deep tree
 * cannot overflow the call stack.
 */
public final class SExpressionPrinter {

    private SExpressionPrinter() {
    }

    public static String print(Expr root) {
        StringBuilder out = new StringBuilder();
        Deque<Object> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object item = work.pop();
            if (item instanceof String text) {
                out.append(text);
                continue;
            }
            if (item instanceof Expr.Num num) {
                out.append(Numbers.format(num.value()));
            } else if (item instanceof Expr.Var var) {
                out.append(var.name());
            } else if (item instanceof Expr.Unary unary) {
                open(out, work, "-", unary.operand());
            } else if (item instanceof Expr.Binary binary) {
                open(out, work, binary.operator().symbol(), binary.left(), binary.right());
            } else if (item instanceof Expr.Call call) {
                open(out, work, call.function().displayName(), call.arguments().toArray(Expr[]::new));
            }
        }
        return out.toString();
    }

    private static void open(StringBuilder out, Deque<Object> work, String head, Expr... operands) {
        out.append('(').append(head);
        work.push(")");
        for (int i = operands.length - 1; i >= 0; i--) {
            work.push(operands[i]);
            work.push(" ");
        }
    }
}
