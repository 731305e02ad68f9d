package studio.backprop.expr;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Parses a program that must fail, and returns the error. */
final class ProgramExceptionCapture {

    private ProgramExceptionCapture() {
    }

    static ProgramException of(String source) {
        ProgramException error = catchThrowableOfType(ProgramException.class, () -> Parser.parse(source));
        if (error == null) {
            throw new AssertionError("expected a ProgramException for: " + source);
        }
        return error;
    }
}
