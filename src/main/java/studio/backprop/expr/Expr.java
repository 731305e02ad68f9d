package studio.backprop.expr;

import java.util.List;

/**
 * The syntax tree of an expression. Every node keeps the span it was parsed from, so the graph can
 * point back at the text.
 *
 * <p>Trees can be very deep (a 1 MB sum is a left spine of 250,000 additions); code that walks them
 * must use an explicit stack, and must not rely on the records' generated {@code equals}, which
 * recurses.
 */
public sealed interface Expr permits Expr.Num, Expr.Var, Expr.Unary, Expr.Binary, Expr.Call {

    Span span();

    /** A number as written, such as {@code 2.5} or {@code 1e-3}. */
    record Num(double value, String text, Span span) implements Expr {
    }

    /**
     * A use of a name: a variable, an earlier definition, or a constant such as {@code pi}.
     *
     * @param symbol the name's number in the program's {@link SymbolTable}
     */
    record Var(String name, int symbol, Span span) implements Expr {
    }

    /** Negation, {@code -x}. */
    record Unary(Expr operand, Span span) implements Expr {
    }

    record Binary(BinaryOperator operator, Expr left, Expr right, Span span) implements Expr {
    }

    record Call(Function function, List<Expr> arguments, Span span) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }
}
