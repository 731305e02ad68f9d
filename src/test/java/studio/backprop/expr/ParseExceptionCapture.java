package studio.backprop.expr;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Parses a program that must fail, and returns the error. */
final class ParseExceptionCapture {

    private ParseExceptionCapture() {
    }

    static ParseException of(String source) {
        ParseException error = catchThrowableOfType(ParseException.class, () -> Parser.parse(source));
        if (error == null) {
            throw new AssertionError("expected a ParseException for: " + source);
        }
        return error;
    }
}
