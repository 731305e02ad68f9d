package studio.backprop.expr;

/**
 * One token. {@code text} is what the student wrote ("×", "²"), so messages can quote it;
 * {@code number} is set for {@link TokenType#NUMBER}.
 *
 * <p>The position is kept as plain numbers and turned into a {@link Span} only when asked for:
 * most tokens are operators that nobody asks, and a million-line program makes tens of millions.
 */
public final class Token {

    private final TokenType type;
    private final String text;
    private final double number;
    private final int symbol;
    private final int line;
    private final int column;
    private final int start;
    private final int end;

    Token(TokenType type, String text, double number, int symbol, int line, int column, int start, int end) {
        this.type = type;
        this.text = text;
        this.number = number;
        this.symbol = symbol;
        this.line = line;
        this.column = column;
        this.start = start;
        this.end = end;
    }

    public TokenType type() {
        return type;
    }

    public String text() {
        return text;
    }

    public double number() {
        return number;
    }

    /** For a NAME, its number in the program's {@link SymbolTable}; -1 otherwise. */
    public int symbol() {
        return symbol;
    }

    public Span span() {
        return new Span(line, column, start, end);
    }

    /** How a message quotes this token: 'b', '×', or "the end of the line". */
    public String describe() {
        return switch (type) {
            case EOF -> "the end of the program";
            case SEPARATOR -> text.equals(";") ? "';'" : "the end of the line";
            default -> "'" + text + "'";
        };
    }

    @Override
    public String toString() {
        return type + " '" + text + "' at " + line + ":" + column;
    }
}
