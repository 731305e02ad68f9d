package studio.backprop.layout;

/**
 * A graph that no layout will be attempted for, because it could not be drawn in reasonable time
 * or in the memory Java has. The message says which limit it passed, in words for the student;
 * the graph's numbers are still all there, only the picture is missing.
 */
public final class TooLargeToDraw extends RuntimeException {

    public TooLargeToDraw(String message) {
        super(message);
    }

    public TooLargeToDraw(String message, Throwable cause) {
        super(message, cause);
    }
}
