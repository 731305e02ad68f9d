package studio.backprop.expr;

import static studio.backprop.expr.TokenType.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Recursive-descent parser for the Backprop Studio language. Grammar, loosest binding first:
 *
 * <pre>
 * program    = { SEP } statement { SEP { SEP } statement } { SEP } EOF ;
 * statement  = [ "learn" | "data" ] NAME ( "=" | "+=" | "-=" | "*=" | "/=" ) expression
 *            | "data" NAME { "," NAME } "=" "csv" "(" STRING ")"
 *            | expression ;                                 (a bare expression only last)
 * expression = factor { ( "+" | "-" ) factor } ;            left-associative
 * factor     = unary { ( "*" | "/" | "@" | "·" ) unary | implied } ;  left-associative
 * implied    = power ;                                      multiplication without '*', see below
 * unary      = ( "-" | "+" ) unary | power ;                so -x^2 = -(x^2)
 * power      = postfix [ "^" unary ] ;                      right-associative: 2^3^2 = 2^9
 * postfix    = primary { "ᵀ" | "[" INDEX [ "," INDEX ] "]" } ;   Wᵀ, W[3,2] (from 1)
 * primary    = NUMBER | NAME | NAME "(" expression { "," expression } ")" | "(" expression ")"
 *            | "[" expression { "," expression } "]" ;       a vector, or a matrix of rows
 * </pre>
 *
 * <p>"@" and "·" are the matrix product, as the course writes W·x; between two scalars the graph
 * makes it an ordinary product. {@code X^T} is the transpose when no T is defined on an earlier
 * line, as the tutorial writes Y^T.
 *
 * <pre>
 * </pre>
 *
 * <p>Multiplication is implied in exactly three cases, judged from the previous token and the next:
 * a NUMBER then a NAME or "(" ({@code 2b}, {@code 3(a+b)}); ")" then "(", a NAME or a NUMBER
 * ({@code (a+b)(b+1)}); and the NAME of a variable defined on an earlier line then "("
 * ({@code c(a+2b)}). Two names side by side are an error, because names have several letters.
 *
 * <p>A name that is not defined but reads as names defined on earlier lines written side by side
 * ({@code xy} with x and y defined, {@code bc}, {@code w1x1}) is read as their product, exactly as
 * if the student had typed {@code x*y}; see {@link JuxtaposedNames}.
 *
 * <p>Nesting deeper than {@value #MAX_DEPTH} levels is refused with a message rather than risking
 * the stack; long flat sums and long programs have no limit.
 */
public final class Parser {

    static final int MAX_DEPTH = 256;

    private final String source;
    private final Lexer lexer;
    /** Names assigned on earlier lines; only these may be followed by "(" to multiply. */
    private final BitSet defined = new BitSet();
    /** Tokens to read before the lexer's next one: the parts of a name read as a product. */
    private final Deque<Token> pending = new ArrayDeque<>();
    /** Statements read with the last one: a data line with several names gives one per name. */
    private final Deque<Statement> alsoRead = new ArrayDeque<>();
    private final JuxtaposedNames juxtaposed;
    private Token previous;
    private Token current;
    private Token lookahead;
    private int depth;
    /** {@link SizeLimit#mostNodes()}: a statement's tokens become about as many syntax tree nodes. */
    private final int mostTokens;
    private int statementTokens;

    private Parser(String source, Consumer<Note> notes, int mostTokens) {
        this.source = source;
        this.mostTokens = mostTokens;
        this.lexer = new Lexer(source);
        this.juxtaposed = new JuxtaposedNames(lexer.symbols(), defined, notes);
        this.current = lexer.next();
    }

    public static Program parse(String source) {
        List<Statement> statements = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        SymbolTable symbols = forEachStatement(source, table -> { }, statements::add, notes::add, SizeLimit.mostNodes());
        return new Program(source, statements, symbols, notes);
    }

    /**
     * Parses statement by statement, handing each to {@code sink} as soon as it is read, so a
     * consumer can build as it goes and keep no syntax tree longer than its statement.
     * {@code start} receives the program's symbol table first; it fills up as the text is read.
     *
     * @return the symbol table, complete
     */
    public static SymbolTable forEachStatement(String source, Consumer<SymbolTable> start, Consumer<Statement> sink) {
        return forEachStatement(source, start, sink, note -> { }, SizeLimit.mostNodes());
    }

    /**
     * The same, handing each {@link Note} on how a name was read to {@code notes} as it is made and
     * refusing statements of more than {@code mostTokens} tokens.
     */
    public static SymbolTable forEachStatement(String source, Consumer<SymbolTable> start, Consumer<Statement> sink,
                                               Consumer<Note> notes, int mostTokens) {
        Parser parser = new Parser(source, notes, mostTokens);
        start.accept(parser.lexer.symbols());
        parser.statements(sink);
        return parser.lexer.symbols();
    }

    private void statements(Consumer<Statement> sink) {
        skipSeparators();
        if (check(EOF)) {
            throw ProgramException.syntax(peek().span(), "The program is empty. Type an expression such as 3*(a + b*c).");
        }
        Statement.Output bare = null;
        while (!check(EOF)) {
            if (bare != null) {
                throw ProgramException.syntax(bare.span(), "Only the last line can be a bare expression. "
                        + "Give this one a name, as in t = ..., or move it to the end.");
            }
            statementTokens = 0;
            Statement statement = statement();
            if (!check(SEPARATOR) && !check(EOF)) {
                throw ParseErrors.afterStatement(previous(), peek());
            }
            skipSeparators();
            sink.accept(statement);
            while (!alsoRead.isEmpty()) sink.accept(alsoRead.poll());
            if (statement instanceof Statement.Output output) bare = output;
        }
    }

    private Statement statement() {
        InputRole role = role();
        if (role == InputRole.DATA && check(NAME) && peekNext().type() == COMMA) {
            return dataFromFile();
        }
        if (check(NAME) && peekNext().type().isAssignment()) {
            return assignment(role);
        }
        if (role != InputRole.PLAIN) {
            throw error(peek(), "Expect a name and its value after '" + role.keyword() + "', as in "
                    + (role == InputRole.DATA ? "data X = [[1, 2], [3, 4]]." : "learn w = [0, 0]."));
        }
        Expr value = expression();
        if (peek().type().isAssignment()) {
            throw error(peek(), "Expect a single name on the left of " + peek().describe()
                    + ", as in v = a + u.");
        }
        return new Statement.Output(value, value.span());
    }

    /**
     * {@code learn} or {@code data} at the start of a line, before a name: the words are only
     * keywords there, and only while no variable has that name.
     */
    private InputRole role() {
        if (!check(NAME) || peekNext().type() != NAME || defined.get(peek().symbol())) return InputRole.PLAIN;
        InputRole role = switch (peek().text()) {
            case "learn" -> InputRole.PARAMETER;
            case "data" -> InputRole.DATA;
            default -> InputRole.PLAIN;
        };
        if (role != InputRole.PLAIN) advance();
        return role;
    }

    /** {@code data X, y = csv("points.csv")}: one data assignment per name, each taking its own columns. */
    private Statement dataFromFile() {
        List<Token> names = new ArrayList<>();
        do {
            if (!check(NAME)) throw error(peek(), "Expect a name after ',', as in data X, y = csv(\"points.csv\").");
            names.add(advance());
        } while (match(COMMA));
        if (!match(EQUAL)) throw error(peek(), "Expect '=' after the names, as in data X, y = csv(\"points.csv\").");
        if (!check(NAME) || !peek().text().equals("csv") || peekNext().type() != LEFT_PAREN) {
            throw error(peek(), "Several names take their columns from a file: data X, y = csv(\"points.csv\").");
        }
        Token csv = advance();
        advance();
        if (!check(STRING)) throw error(peek(), "Expect the file's name in quotes: csv(\"points.csv\").");
        Token file = advance();
        Token close = closing(csv, "csv(");
        Span whole = names.get(0).span().to(close.span());
        for (Token name : names) {
            defined.set(name.symbol());
            alsoRead.add(new Statement.Assignment(name.text(), name.symbol(), name.span(),
                    new Expr.Csv(file.text(), name.text(), file.span(), csv.span().to(close.span())), whole, InputRole.DATA));
        }
        return alsoRead.poll();
    }

    private Statement assignment(InputRole role) {
        Token name = advance();
        Token operator = advance();
        if (role != InputRole.PLAIN && operator.type() != EQUAL) {
            throw error(operator, "A " + (role == InputRole.DATA ? "data input" : "parameter") + " is given its value with '=', "
                    + "as in " + role.keyword() + " " + name.text() + " = ...");
        }
        if (FunctionNames.isFunctionName(name.text())) {
            throw ParseErrors.name(name, "'" + name.text() + "' is a function; choose another name for this variable.");
        }
        if (operator.type() != EQUAL && !defined.get(name.symbol())) {
            throw ParseErrors.name(name, "'" + name.text() + "' has no value yet; define it (" + name.text()
                    + " = ...) before using " + operator.text() + ".");
        }
        Expr value = expression();
        if (operator.type() != EQUAL) {
            Expr old = new Expr.Var(name.text(), name.symbol(), name.span());
            value = new Expr.Binary(compoundOperator(operator), old, value, name.span().to(value.span()));
        }
        defined.set(name.symbol());
        Span nameSpan = name.span();
        return new Statement.Assignment(name.text(), name.symbol(), nameSpan, value, nameSpan.to(value.span()), role);
    }

    private static Op compoundOperator(Token operator) {
        return switch (operator.type()) {
            case PLUS_EQUAL -> Op.ADD;
            case MINUS_EQUAL -> Op.SUB;
            case STAR_EQUAL -> Op.MUL;
            default -> Op.DIV;
        };
    }

    private Expr expression() {
        Expr left = factor();
        while (match(PLUS, MINUS)) {
            Op operator = previous().type() == PLUS ? Op.ADD : Op.SUB;
            Expr right = factor();
            left = new Expr.Binary(operator, left, right, left.span().to(right.span()));
        }
        return left;
    }

    private Expr factor() {
        Expr left = unary();
        while (true) {
            Expr right;
            Op operator = Op.MUL;
            if (match(STAR, SLASH)) {
                operator = previous().type() == STAR ? Op.MUL : Op.DIV;
                right = unary();
            } else if (match(AT, DOT)) {
                operator = Op.MATMUL;
                right = unary();
            } else if (multiplicationIsImplied()) {
                right = power();
            } else {
                return left;
            }
            left = new Expr.Binary(operator, left, right, left.span().to(right.span()));
        }
    }

    private boolean multiplicationIsImplied() {
        TokenType before = previous().type();
        return switch (before) {
            case NUMBER -> check(NAME) || check(LEFT_PAREN);
            case RIGHT_PAREN -> check(LEFT_PAREN) || check(NAME) || check(NUMBER);
            // primary() has already refused a NAME before "(" unless it is a defined variable.
            case NAME -> check(LEFT_PAREN);
            default -> false;
        };
    }

    private Expr unary() {
        if (match(MINUS, PLUS)) {
            Token sign = previous();
            enter(sign);
            Expr operand = unary();
            depth--;
            return sign.type() == PLUS ? operand : new Expr.Unary(operand, sign.span().to(operand.span()));
        }
        return power();
    }

    private Expr power() {
        Expr base = postfix();
        if (check(CARET) && transposeByCaret()) {
            advance();
            Token t = advance();
            return new Expr.Call(Op.TRANSPOSE, List.of(base), base.span().to(t.span()));
        }
        if (match(CARET)) {
            enter(previous());
            Expr exponent = unary();
            depth--;
            return new Expr.Binary(Op.POW, base, exponent, base.span().to(exponent.span()));
        }
        return base;
    }

    /** {@code ^T}, as the tutorial writes Y^T, when no T is defined: a name T defined earlier is a power. */
    private boolean transposeByCaret() {
        Token next = peekNext();
        return next.type() == NAME && next.text().equals("T") && !defined.get(next.symbol());
    }

    private Expr postfix() {
        // From the first token, so that (a + b)ᵀ spans its brackets too.
        Span start = peek().span();
        Expr value = primary();
        while (true) {
            if (match(TRANSPOSE)) {
                value = new Expr.Call(Op.TRANSPOSE, List.of(value), start.to(previous().span()));
            } else if (match(LEFT_BRACKET)) {
                value = TensorSyntax.index(value, start, previous(), this::indexNumber, this::closingBracket);
            } else {
                return value;
            }
        }
    }

    /** One index inside W[...]: a whole number from 1, and the ',' or ']' after it. */
    private Token indexNumber() {
        if (!match(NUMBER)) throw error(peek(), "An index is a whole number from 1, as in W[3,2]; found " + peek().describe() + ".");
        return previous();
    }

    private Token closingBracket(Token open) {
        if (match(COMMA)) return previous();
        if (check(RIGHT_BRACKET)) return advance();
        throw error(peek().type() == EOF || peek().type() == SEPARATOR ? previous() : peek(),
                "Expect ']' to close '[' at " + open.span() + ".");
    }

    private Expr primary() {
        if (match(NUMBER)) {
            Token number = previous();
            return new Expr.Num(number.number(), number.text(), number.span());
        }
        if (match(NAME)) {
            return name(previous());
        }
        if (match(LEFT_PAREN)) {
            Token open = previous();
            enter(open);
            Expr inner = expression();
            depth--;
            closing(open, "(");
            return inner;
        }
        if (match(LEFT_BRACKET)) {
            return bracket(previous());
        }
        throw ParseErrors.expectedExpression(previous, peek());
    }

    private Expr name(Token name) {
        String text = name.text();
        Optional<Op> function = FunctionNames.named(text);
        if (check(LEFT_PAREN)) {
            if (function.isPresent()) {
                return call(name, function.get());
            }
            if (!defined.get(name.symbol())) {
                throw ParseErrors.unknownFunction(name);
            }
        } else if (function.isPresent()) {
            throw ParseErrors.name(name, "'" + text + "' is a function; call it with parentheses, as in " + text + "(x).");
        } else if (!defined.get(name.symbol()) && Constant.named(text).isEmpty()) {
            List<Token> tokens = juxtaposed.read(name);
            readNext(tokens.subList(1, tokens.size()));
            Token first = tokens.get(0);
            return new Expr.Var(first.text(), first.symbol(), first.span());
        }
        return new Expr.Var(text, name.symbol(), name.span());
    }

    /** Puts {@code tokens} in front of the current one, which is read next. */
    private void readNext(List<Token> tokens) {
        if (tokens.isEmpty()) return;
        if (lookahead != null) pending.addFirst(lookahead);
        lookahead = null;
        pending.addFirst(current);
        for (int i = tokens.size() - 1; i >= 0; i--) pending.addFirst(tokens.get(i));
        current = pending.poll();
    }

    private Expr call(Token name, Op function) {
        Token open = advance();
        enter(open);
        List<Expr> arguments = new ArrayList<>();
        if (!check(RIGHT_PAREN)) {
            do {
                arguments.add(expression());
            } while (match(COMMA));
        }
        depth--;
        Token close = closing(open, name.text() + "(");
        if (arguments.size() != function.arity()) {
            throw error(name, name.text() + " takes " + count(function.arity(), "argument") + "; found "
                    + arguments.size() + ".");
        }
        return new Expr.Call(function, arguments, name.span().to(close.span()));
    }

    /** {@code [a, b, c]}: the items up to the matching ']'. */
    private Expr bracket(Token open) {
        enter(open);
        List<Expr> items = new ArrayList<>();
        if (check(RIGHT_BRACKET)) throw error(peek(), "A vector needs at least one number, as in [1, 2].");
        do {
            items.add(expression());
        } while (match(COMMA));
        depth--;
        if (!check(RIGHT_BRACKET)) {
            Token at = peek().type() == EOF || peek().type() == SEPARATOR ? previous() : peek();
            throw error(at, "Expect ']' to close '[' at " + open.span() + ".");
        }
        Token close = advance();
        return new Expr.Bracket(items, open.span().to(close.span()));
    }

    private void enter(Token at) {
        if (++depth > MAX_DEPTH) {
            throw error(at, "This expression is nested more than " + MAX_DEPTH
                    + " levels deep. Split it into named steps (u = ...; v = ...).");
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void skipSeparators() {
        while (match(SEPARATOR)) {
            // blank lines and stray ';' are allowed
        }
    }

    /** The ')' that closes {@code open}; the message is only built when it is missing. */
    private Token closing(Token open, String opened) {
        if (check(RIGHT_PAREN)) return advance();
        Token at = peek().type() == EOF || peek().type() == SEPARATOR ? previous() : peek();
        throw error(at, "Expect ')' to close '" + opened + "' at " + open.span() + ".");
    }

    private boolean match(TokenType type) {
        if (!check(type)) return false;
        advance();
        return true;
    }

    /** Two-way {@link #match(TokenType)}, without a varargs array on the hot path. */
    private boolean match(TokenType one, TokenType other) {
        return match(one) || match(other);
    }

    private boolean check(TokenType type) {
        return peek().type() == type;
    }

    private Token advance() {
        if (current.type() != SEPARATOR && ++statementTokens > mostTokens) {
            throw ProgramException.values(current.span(), SizeLimit.tooManyTokens(mostTokens));
        }
        if (!check(EOF)) {
            previous = current;
            current = lookahead != null ? lookahead : nextToken();
            lookahead = null;
        }
        return previous;
    }

    private Token peek() {
        return current;
    }

    private Token peekNext() {
        if (lookahead == null) {
            lookahead = nextToken();
        }
        return lookahead;
    }

    private Token nextToken() {
        return pending.isEmpty() ? lexer.next() : pending.poll();
    }

    private Token previous() {
        return previous;
    }

    private static ProgramException error(Token token, String message) {
        return ParseErrors.at(token, message);
    }
}
