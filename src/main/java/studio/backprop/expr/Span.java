package studio.backprop.expr;

/**
 * A stretch of program text: 1-based line and column of its first character, and the 0-based
 * offsets {@code [start, end)} into the whole source.
 */
public record Span(int line, int column, int start, int end) {

    public Span {
        if (line < 1 || column < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + line + ":" + column + " [" + start + "," + end + ")");
        }
    }

    /** The smallest span covering both; {@code other} must not start before this one. */
    public Span to(Span other) {
        return new Span(line, column, start, Math.max(end, other.end));
    }

    public int length() {
        return end - start;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
