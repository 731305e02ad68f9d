package studio.backprop.expr;

/**
 * One token. {@code text} is what the student wrote ("×", "²"), so messages can quote it;
 * {@code number} is set for {@link TokenType#NUMBER}; {@code name} is the normalised spelling of a
 * NAME or the operator the token stands for.
 */
public record Token(TokenType type, String text, double number, Span span) {

    public static Token of(TokenType type, String text, Span span) {
        return new Token(type, text, Double.NaN, span);
    }

    /** How a message quotes this token: 'b', '×', or "the end of the line". */
    public String describe() {
        return switch (type) {
            case EOF -> "the end of the program";
            case SEPARATOR -> text.equals(";") ? "';'" : "the end of the line";
            default -> "'" + text + "'";
        };
    }
}
