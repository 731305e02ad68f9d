package studio.backprop.expr;

/**
 * Anything wrong with a program that the student can fix: a syntax error, an unknown function, a
 * variable without a value. It always names the place, so that an editor can underline it and the
 * command line can print a caret under it.
 */
public class ParseException extends RuntimeException {

    private final Span span;

    public ParseException(Span span, String message) {
        super(message);
        this.span = span;
    }

    public Span span() {
        return span;
    }

    /** "1:9: message", the form the command line prints after "error: ". */
    public String located() {
        return span + ": " + getMessage();
    }
}
