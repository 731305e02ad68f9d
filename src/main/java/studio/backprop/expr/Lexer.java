package studio.backprop.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns program text into tokens, accepting what students paste from slides: {@code × ∗} for '*',
 * {@code · ⋅ ∙} for the course's dot (a product: of matrices, or of numbers), {@code ÷} for '/',
 * {@code − –} for '-', {@code **} for '^', superscripts such as {@code x²} and {@code x⁻¹} for
 * powers, {@code Wᵀ} for a transpose, and Greek letters and subscripts in names.
 *
 * <p>Newlines separate statements except inside parentheses and brackets, so a long expression or
 * a matrix can be wrapped across lines the way Python allows.
 *
 * <p>Tokens are made one at a time as the parser asks for them, so a 20 MB program never holds
 * millions of tokens at once.
 */
public final class Lexer {

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final char SUPERSCRIPT_MINUS = '⁻';
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c).intern();
        }
    }

    private final String source;
    private final Deque<Token> ready = new ArrayDeque<>();
    private final SymbolTable symbols = new SymbolTable();
    private int start;
    private int current;
    private int line = 1;
    private int lineStart;
    private int parenDepth;
    private int columnOffset;
    private int column = 1;

    public Lexer(String source) {
        this.source = source;
    }

    /** All tokens at once, ending with EOF: for tests and tools. */
    public static List<Token> tokenize(String source) {
        Lexer lexer = new Lexer(source);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.next();
            tokens.add(token);
        } while (token.type() != TokenType.EOF);
        return tokens;
    }

    /** The next token; at the end, EOF again and again. */
    public Token next() {
        while (ready.isEmpty() && current < source.length()) {
            start = current;
            scanToken();
        }
        if (!ready.isEmpty()) {
            return ready.poll();
        }
        start = current;
        return token(TokenType.EOF, "", Double.NaN);
    }

    private void scanToken() {
        int c = advance();
        switch (c) {
            case '(' -> { parenDepth++; add(TokenType.LEFT_PAREN); }
            case ')' -> { parenDepth = Math.max(0, parenDepth - 1); add(TokenType.RIGHT_PAREN); }
            case '[' -> { parenDepth++; add(TokenType.LEFT_BRACKET); }
            case ']' -> { parenDepth = Math.max(0, parenDepth - 1); add(TokenType.RIGHT_BRACKET); }
            case '@' -> add(TokenType.AT);
            case '·', '⋅', '∙' -> add(TokenType.DOT);
            case 'ᵀ' -> add(TokenType.TRANSPOSE);
            case ',' -> add(TokenType.COMMA);
            case ';' -> add(TokenType.SEPARATOR);
            case '=' -> add(TokenType.EQUAL);
            case '^' -> add(TokenType.CARET);
            case '+' -> add(match('=') ? TokenType.PLUS_EQUAL : TokenType.PLUS);
            case '-', '−', '–' -> add(match('=') ? TokenType.MINUS_EQUAL : TokenType.MINUS);
            case '/', '÷' -> add(match('=') ? TokenType.SLASH_EQUAL : TokenType.SLASH);
            case '*' -> add(match('*') ? TokenType.CARET : match('=') ? TokenType.STAR_EQUAL : TokenType.STAR);
            case '×', '∗' -> add(TokenType.STAR);
            case '#' -> skipComment();
            case '"' -> string();
            case '\n' -> newline();
            default -> scanOther(c);
        }
    }

    private void scanOther(int c) {
        if (c == '\r' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return;
        }
        if (isDigit(c) || (c == '.' && isDigit(peek()))) {
            number();
        } else if (isNameStart(c)) {
            name();
        } else if (SUPERSCRIPT_DIGITS.indexOf(c) >= 0 || c == SUPERSCRIPT_MINUS) {
            superscriptPower();
        } else {
            throw ProgramException.syntax(span(), "Unexpected character '" + Character.toString(c) + "'."
                    + hintFor(c));
        }
    }

    private static String hintFor(int c) {
        return switch (c) {
            case '{' -> " Use '(' to group, or '[' for a vector.";
            case '}' -> " Use ')' to group, or ']' to end a vector.";
            case '√' -> " Write sqrt(x) for a square root.";
            case '!' -> " Factorials are not supported.";
            default -> " Operators are + - * / ^ and functions are called like exp(x).";
        };
    }

    /** {@code "points.csv"}: the text between the quotes, on one line. */
    private void string() {
        int from = current;
        while (current < source.length() && source.charAt(current) != '"' && source.charAt(current) != '\n') {
            current++;
        }
        if (current >= source.length() || source.charAt(current) != '"') {
            throw ProgramException.syntax(span(), "This text has no closing '\"'. Write a file name as \"points.csv\".");
        }
        String text = source.substring(from, current);
        current++;
        ready.add(token(TokenType.STRING, text, Double.NaN));
    }

    private void skipComment() {
        while (current < source.length() && source.charAt(current) != '\n') {
            current++;
        }
    }

    private void newline() {
        if (parenDepth == 0) {
            add(TokenType.SEPARATOR);
        }
        line++;
        lineStart = current;
    }

    private void number() {
        current = start;
        while (isDigit(peek())) current++;
        if (peek() == '.') {
            current++;
            while (isDigit(peek())) current++;
        }
        // "2e" is 2 times the constant e; only a digit (or a sign then a digit) makes an exponent.
        if ((peek() == 'e' || peek() == 'E')
                && (isDigit(peekAt(1)) || ((peekAt(1) == '+' || peekAt(1) == '-') && isDigit(peekAt(2))))) {
            current += 2;
            while (isDigit(peek())) current++;
        }
        String text = source.substring(start, current);
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            String shown = text.length() <= 24 ? text : text.substring(0, 12) + "… (" + text.length() + " characters)";
            throw ProgramException.values(span(), "The number " + shown + " is too large; the largest is about 1.8e308.");
        }
        ready.add(token(TokenType.NUMBER, text, value));
    }

    private void name() {
        while (current < source.length() && isNamePart(source.codePointAt(current))) {
            current += Character.charCount(source.codePointAt(current));
        }
        int symbol = symbols.intern(source, start, current);
        ready.add(token(TokenType.NAME, symbols.name(symbol), Double.NaN, symbol));
    }

    /** Every name seen so far, functions included. */
    public SymbolTable symbols() {
        return symbols;
    }

    /** {@code x²} and {@code x⁻¹} become {@code x ^ 2} and {@code x ^ -1}, each token spanning the superscripts. */
    private void superscriptPower() {
        current = start;
        boolean negative = peek() == SUPERSCRIPT_MINUS;
        if (negative) current++;
        StringBuilder digits = new StringBuilder();
        while (SUPERSCRIPT_DIGITS.indexOf(peek()) >= 0) {
            digits.append((char) ('0' + SUPERSCRIPT_DIGITS.indexOf(peek())));
            current++;
        }
        if (digits.length() == 0) {
            throw ProgramException.syntax(span(), "Expect superscript digits after '⁻', as in x⁻¹.");
        }
        String text = source.substring(start, current);
        ready.add(token(TokenType.CARET, text, Double.NaN));
        if (negative) {
            ready.add(token(TokenType.MINUS, text, Double.NaN));
        }
        ready.add(token(TokenType.NUMBER, text, Double.parseDouble(digits.toString())));
    }

    private void add(TokenType type) {
        ready.add(token(type, operatorText(), Double.NaN));
    }

    /** Single ASCII characters come from a table, so operators cost no new strings. */
    private String operatorText() {
        if (current == start + 1 && source.charAt(start) < ASCII.length) {
            return ASCII[source.charAt(start)];
        }
        return source.substring(start, current);
    }

    private Token token(TokenType type, String text, double number) {
        return token(type, text, number, -1);
    }

    private Token token(TokenType type, String text, double number, int symbol) {
        // Columns count code points; counting on from the last token keeps a 1 MB line linear.
        if (columnOffset < lineStart || columnOffset > start) {
            columnOffset = lineStart;
            column = 1;
        }
        column += source.codePointCount(columnOffset, start);
        columnOffset = start;
        return new Token(type, text, number, symbol, line, column, start, current);
    }

    private Span span() {
        return token(TokenType.EOF, "", Double.NaN).span();
    }

    private int advance() {
        int c = source.codePointAt(current);
        current += Character.charCount(c);
        return c;
    }

    private boolean match(char expected) {
        if (peek() != expected) return false;
        current++;
        return true;
    }

    private char peek() {
        return peekAt(0);
    }

    private char peekAt(int ahead) {
        int at = current + ahead;
        return at < source.length() ? source.charAt(at) : '\0';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(int c) {
        return (Character.isLetter(c) || c == '_') && c != 'ᵀ';
    }

    /** Letters, digits, '_' and subscripts: {@code w1}, {@code x_2}, {@code x₁}, {@code yhat}. */
    static boolean isNamePart(int c) {
        // ᵀ is a modifier letter to Java, but in Wᵀ it is the transpose, not part of the name.
        return (Character.isLetterOrDigit(c) || c == '_' || (c >= '₀' && c <= '₉')) && c != 'ᵀ';
    }
}
