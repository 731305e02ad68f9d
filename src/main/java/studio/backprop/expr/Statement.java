package studio.backprop.expr;

/** One line of a program (or one part between ';'). */
public sealed interface Statement permits Statement.Assignment, Statement.Output {

    Span span();

    Expr value();

    /**
     * {@code name = value}. Compound forms are already expanded: {@code c += x} arrives as
     * {@code c = c + (x)}.
     */
    record Assignment(String name, int symbol, Span nameSpan, Expr value, Span span) implements Statement {
    }

    /** A bare expression, allowed only as the last statement; it is the output J. */
    record Output(Expr value, Span span) implements Statement {
    }
}
