package studio.backprop.expr;

public enum TokenType {
    NUMBER, NAME,
    /** {@code "points.csv"}: only a data line's csv(...) takes one. */
    STRING,
    PLUS, MINUS, STAR, SLASH, CARET,
    /** The matrix product: {@code @}, or {@code ·} between vectors and matrices (between scalars it multiplies). */
    AT, DOT,
    /** A superscript T after a value: {@code Wᵀ}. */
    TRANSPOSE,
    LEFT_PAREN, RIGHT_PAREN, COMMA,
    LEFT_BRACKET, RIGHT_BRACKET,
    EQUAL, PLUS_EQUAL, MINUS_EQUAL, STAR_EQUAL, SLASH_EQUAL,
    /** A newline or ';' between statements. */
    SEPARATOR,
    EOF;

    public boolean isAssignment() {
        return this == EQUAL || this == PLUS_EQUAL || this == MINUS_EQUAL || this == STAR_EQUAL || this == SLASH_EQUAL;
    }
}
