package studio.backprop.layout;

/**
 * Thrown when a layout is cancelled before it finishes, because the user changed the program
 * again or closed the view. There is no partial drawing: keep showing the previous one.
 */
public final class LayoutCancelledException extends RuntimeException {

    public LayoutCancelledException(String message) {
        super(message);
    }
}
