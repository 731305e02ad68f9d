package studio.backprop.expr;

/**
 * Something about how a program was read that is not a mistake but that the student should know,
 * because the numbers depend on it: "xy is read as x·y", "L is not used by the output w1′".
 */
public record Note(Span span, String text) {

    /** "3:9: xy is read as x·y.", as the command line prints it after "note: ". */
    public String located() {
        return span + ": " + text;
    }

    /** "Line 3: xy is read as x·y.", as the editor shows it. */
    public String describe() {
        return "Line " + span.line() + ": " + text;
    }
}
