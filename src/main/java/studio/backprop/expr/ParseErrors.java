package studio.backprop.expr;

import static studio.backprop.expr.TokenType.EOF;
import static studio.backprop.expr.TokenType.NAME;
import static studio.backprop.expr.TokenType.RIGHT_PAREN;
import static studio.backprop.expr.TokenType.SEPARATOR;

import java.util.List;
import java.util.Optional;

/**
 * The parser's messages for the mistakes students make most: each says where, what was expected,
 * and how to fix it ("Unknown function 'sigmod'. Did you mean 'sigmoid'?").
 */
final class ParseErrors {

    private ParseErrors() {
    }

    static ProgramException at(Token token, String message) {
        return ProgramException.syntax(token.span(), message);
    }

    /** A mistake in a name rather than in the text around it. */
    static ProgramException name(Token token, String message) {
        return ProgramException.names(token.span(), message);
    }

    /** A name followed by "(" that is neither a function nor a variable defined earlier. */
    static ProgramException unknownFunction(Token name) {
        String text = name.text();
        if (Constant.named(text).isPresent()) {
            return name(name, "'" + text + "' is a constant, not a function. Write " + text + "*(...) to multiply.");
        }
        Optional<String> suggestion = FunctionNames.suggestionFor(text);
        if (suggestion.isPresent()) {
            return name(name, "Unknown function '" + text + "'. Did you mean '" + suggestion.get() + "'?");
        }
        return name(name, "Unknown function '" + text + "'. To multiply by " + text + ", write " + text
                + "*(...), or define " + text + " on an earlier line.");
    }

    /** A name that reads as a product of defined names in two ways. */
    static ProgramException ambiguousProduct(Token name, List<String> one, List<String> other) {
        return name(name, "'" + name.text() + "' can be read as " + String.join("·", one) + " or as "
                + String.join("·", other) + ". Write " + String.join("*", one) + " or " + String.join("*", other)
                + ", or define " + name.text() + " on an earlier line.");
    }

    /** An operand was expected at {@code found}, after {@code before} (null at the start). */
    static ProgramException expectedExpression(Token before, Token found) {
        if (found.type() == RIGHT_PAREN) {
            return at(found, "Expect an expression before ')'.");
        }
        if (before == null || before.type() == SEPARATOR) {
            return at(found, "Expect an expression, found " + found.describe() + ".");
        }
        if (found.type() == EOF || found.type() == SEPARATOR) {
            return at(before, "Expect an expression after " + before.describe() + ".");
        }
        return at(found, "Expect an expression after " + before.describe() + ", found " + found.describe() + ".");
    }

    /** A statement ended at {@code before} but the line goes on with {@code found}. */
    static ProgramException afterStatement(Token before, Token found) {
        switch (found.type()) {
            case RIGHT_PAREN:
                return at(found, "Unmatched ')'. Remove it, or add '(' where the group starts.");
            case COMMA:
                return at(found, "Unexpected ',' outside a function call.");
            case NAME:
            case NUMBER:
                if (before.type() == NAME && found.type() == NAME) {
                    return at(found, "Expect an operator between '" + before.text() + "' and '" + found.text()
                            + "'. To multiply, write " + before.text() + "*" + found.text()
                            + " (names can have several letters).");
                }
                return at(found, "Expect an operator between '" + before.text() + "' and '" + found.text() + "'.");
            default:
                if (found.type().isAssignment()) {
                    return at(found, "Expect a single name on the left of " + found.describe() + ", as in v = a + u.");
                }
                return at(found, "Unexpected " + found.describe() + " after " + before.describe() + ".");
        }
    }
}
