package studio.backprop.ui.editor;

import studio.backprop.expr.ProgramException;
import studio.backprop.expr.Span;

/**
 * A mistake in the program, where it is and what to do, as the editor shows it. A problem with the
 * program as a whole, such as running out of memory, has no span.
 */
public record ProgramError(Span span, String message) {

    public static ProgramError of(ProgramException error) {
        return new ProgramError(error.span(), error.getMessage());
    }

    /** A problem with no one place in the text to underline. */
    public static ProgramError whole(String message) {
        return new ProgramError(null, message);
    }

    /** "Line 1, column 7: Unknown function 'sigmod'. Did you mean 'sigmoid'?" */
    public String describe() {
        return span == null ? message : "Line " + span.line() + ", column " + span.column() + ": " + message;
    }
}
