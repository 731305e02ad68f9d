package studio.backprop.expr;

import java.util.function.Function;
import java.util.function.Supplier;

/** How the parser reads an index, {@code W[3,2]} or {@code x[1]}: whole numbers from 1, as the course counts. */
final class TensorSyntax {

    /** Indices beyond this are surely typos, and would not fit any vector the app can draw. */
    static final int LARGEST_INDEX = 1_000_000;

    private TensorSyntax() {
    }

    /**
     * The element of {@code target} named after the '[' just read: one or two indices. The index
     * spans from {@code start}, where the target's text begins.
     *
     * @param number  reads one index
     * @param closing reads the ',' that leads to a second index, or the ']' that ends them
     */
    static Expr index(Expr target, Span start, Token open, Supplier<Token> number, Function<Token, Token> closing) {
        Token first = number.get();
        int row = whole(first);
        Token after = closing.apply(open);
        int column = 0;
        if (after.type() == TokenType.COMMA) {
            Token second = number.get();
            column = whole(second);
            after = closing.apply(open);
            if (after.type() == TokenType.COMMA) {
                throw ParseErrors.at(after, "Give at most two indices, a row and a column, as in W[3,2].");
            }
        }
        return new Expr.Index(target, row, column, start.to(after.span()));
    }

    private static int whole(Token number) {
        double value = number.number();
        if (value != Math.rint(value) || value < 1 || value > LARGEST_INDEX) {
            String hint = value == 0 ? " Indices count from 1, as the course's w₃₂ is W[3,2]." : "";
            throw ParseErrors.at(number, "An index is a whole number from 1, not " + number.text() + "." + hint);
        }
        return (int) value;
    }
}
