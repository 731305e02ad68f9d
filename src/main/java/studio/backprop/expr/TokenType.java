package studio.backprop.expr;

public enum TokenType {
    NUMBER, NAME,
    PLUS, MINUS, STAR, SLASH, CARET,
    LEFT_PAREN, RIGHT_PAREN, COMMA,
    EQUAL, PLUS_EQUAL, MINUS_EQUAL, STAR_EQUAL, SLASH_EQUAL,
    /** A newline or ';' between statements. */
    SEPARATOR,
    EOF;

    public boolean isAssignment() {
        return this == EQUAL || this == PLUS_EQUAL || this == MINUS_EQUAL || this == STAR_EQUAL || this == SLASH_EQUAL;
    }
}
