package studio.backprop.ui.editor;

import studio.backprop.expr.ProgramException;
import studio.backprop.expr.Span;

/** A mistake in the program, where it is and what to do, as the editor shows it. */
public record ProgramError(Span span, String message) {

    public static ProgramError of(ProgramException error) {
        return new ProgramError(error.span(), error.getMessage());
    }

    /** "Line 1, column 7: Unknown function 'sigmod'. Did you mean 'sigmoid'?" */
    public String describe() {
        return "Line " + span.line() + ", column " + span.column() + ": " + message;
    }
}
