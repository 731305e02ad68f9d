package studio.backprop.expr;

/**
 * Anything wrong with a program that the student can fix: its text, its names or its values. It
 * always names the place, so that an editor can underline it and the command line can print a
 * caret under it.
 */
public final class ProgramException extends RuntimeException {

    /** What kind of mistake it is, which says where to look for the fix. */
    public enum Kind {
        /** The text does not read as a program: a stray character, a missing ')', an operator with no operand. */
        SYNTAX,
        /** A name is wrong: an unknown function, a name defined twice, or used before it is defined. */
        NAMES,
        /** A value is missing or out of range: an input with no value, a number too large for a double. */
        VALUES,
        /** Vectors or matrices whose shapes do not go together: X @ Y with X 3×2 and Y 4×2. */
        SHAPES
    }

    private final Kind kind;
    private final Span span;

    public ProgramException(Kind kind, Span span, String message) {
        super(message);
        this.kind = kind;
        this.span = span;
    }

    public static ProgramException syntax(Span span, String message) {
        return new ProgramException(Kind.SYNTAX, span, message);
    }

    public static ProgramException names(Span span, String message) {
        return new ProgramException(Kind.NAMES, span, message);
    }

    public static ProgramException values(Span span, String message) {
        return new ProgramException(Kind.VALUES, span, message);
    }

    public static ProgramException shapes(Span span, String message) {
        return new ProgramException(Kind.SHAPES, span, message);
    }

    public Kind kind() {
        return kind;
    }

    public Span span() {
        return span;
    }

    /** "1:9: message", the form the command line prints after "error: ". */
    public String located() {
        return span + ": " + getMessage();
    }
}
