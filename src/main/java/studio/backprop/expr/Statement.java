package studio.backprop.expr;

/** One line of a program (or one part between ';'). */
public sealed interface Statement permits Statement.Assignment, Statement.Output {

    Span span();

    Expr value();

    /**
     * {@code name = value}. Compound forms are already expanded: {@code c += x} arrives as
     * {@code c = c + (x)}. {@code learn w = [0, 0]} and {@code data X = [[…]]} give their input a
     * role in training; {@code data X, y = csv("points.csv")} arrives as one assignment per name,
     * each with a {@link Expr.Csv} value.
     */
    record Assignment(String name, int symbol, Span nameSpan, Expr value, Span span, InputRole role)
            implements Statement {

        public Assignment(String name, int symbol, Span nameSpan, Expr value, Span span) {
            this(name, symbol, nameSpan, value, span, InputRole.PLAIN);
        }
    }

    /** A bare expression, allowed only as the last statement; it is the output J. */
    record Output(Expr value, Span span) implements Statement {
    }
}
