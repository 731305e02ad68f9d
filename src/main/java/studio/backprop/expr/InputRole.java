package studio.backprop.expr;

/**
 * What an input is for in training: the course's parameters (w, b), which gradient descent
 * updates, and data (X, y), whose rows are the examples; any other input is just a number the
 * student sets.
 */
public enum InputRole {
    /** {@code a = 5}: set by the student, never trained. */
    PLAIN,
    /** {@code learn w = [0, 0]}: updated by w := w − α · dw at every training step. */
    PARAMETER,
    /** {@code data X = [[…], …]}: one row per example; a batch is some of the rows. */
    DATA;

    /** The word that starts the line, or null for a plain input. */
    public String keyword() {
        return switch (this) {
            case PLAIN -> null;
            case PARAMETER -> "learn";
            case DATA -> "data";
        };
    }
}
