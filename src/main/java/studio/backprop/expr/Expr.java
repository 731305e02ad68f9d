package studio.backprop.expr;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The syntax tree of an expression. Every node keeps the span it was parsed from, so the graph can
 * point back at the text. Code that needs to tell the kinds apart goes through a {@link Visitor},
 * so that a new kind of expression is a compile error wherever it is not handled.
 *
 * <p>Trees can be very deep (a 1 MB sum is a left spine of 250,000 additions); code that walks them
 * must use an explicit stack, and must not rely on the records' generated {@code equals}, which
 * recurses.
 */
public sealed interface Expr permits Expr.Num, Expr.Var, Expr.Unary, Expr.Binary, Expr.Call, Expr.Bracket, Expr.Index,
        Expr.Csv {

    Span span();

    <R> R accept(Visitor<R> visitor);

    /** {@code 5}, {@code -2.5}: the form that makes {@code a = 5} an input, and a constant elsewhere. */
    static OptionalDouble signedLiteral(Expr expr) {
        if (expr instanceof Num num) {
            return OptionalDouble.of(num.value());
        }
        if (expr instanceof Unary unary && unary.operand() instanceof Num num) {
            return OptionalDouble.of(-num.value());
        }
        return OptionalDouble.empty();
    }

    /** One method per kind of expression (jlox's Expr.Visitor). */
    interface Visitor<R> {
        R visitNum(Num num);

        R visitVar(Var var);

        R visitUnary(Unary unary);

        R visitBinary(Binary binary);

        R visitCall(Call call);

        R visitBracket(Bracket bracket);

        R visitIndex(Index index);

        R visitCsv(Csv csv);
    }

    /** A number as written, such as {@code 2.5} or {@code 1e-3}. */
    record Num(double value, String text, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNum(this);
        }
    }

    /**
     * A use of a name: a variable, an earlier definition, or a constant such as {@code pi}.
     *
     * @param symbol the name's number in the program's {@link SymbolTable}
     */
    record Var(String name, int symbol, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitVar(this);
        }
    }

    /** Negation, {@code -x}. */
    record Unary(Expr operand, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnary(this);
        }

        public Op op() {
            return Op.NEG;
        }
    }

    /** {@code a + b}, {@code a ^ b}: one of the operators {@link Op#isOperator()} with two operands. */
    record Binary(Op op, Expr left, Expr right, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBinary(this);
        }
    }

    /**
     * {@code [1, -1]}, {@code [x^2 + y, y^3]}, {@code [[1, 0], [0, 1]]}: a vector of its items, or,
     * when the items are vectors, a matrix of them as rows.
     */
    record Bracket(List<Expr> items, Span span) implements Expr {
        public Bracket {
            items = List.copyOf(items);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBracket(this);
        }
    }

    /**
     * One element, counted from 1 as the course counts: {@code W[3,2]} is row 3, column 2, and
     * {@code x[1]} the first element of a vector.
     *
     * @param column 0 when only one index is given
     */
    record Index(Expr target, int row, int column, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIndex(this);
        }
    }

    /**
     * The columns of a CSV file that a data input takes, by header name: {@code data X, y =
     * csv("points.csv")}. Only a data line can hold one.
     *
     * @param file   as written, relative to the program's file
     * @param column the input's name, which picks its columns
     */
    record Csv(String file, String column, Span fileSpan, Span span) implements Expr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCsv(this);
        }
    }

    /** {@code ln(x)}, {@code max(a, b)}: a function with its arguments. */
    record Call(Op op, List<Expr> arguments, Span span) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCall(this);
        }
    }
}
