package studio.backprop.tensor;

/** Shapes that an operation cannot combine, with a sentence that names both and says what would fit. */
public final class ShapeMismatch extends RuntimeException {

    public ShapeMismatch(String message) {
        super(message);
    }
}
