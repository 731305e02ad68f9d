package studio.backprop.training;

/** A program that cannot be trained, said in words for the student: no parameters, or a batch its shapes do not allow. */
public final class TrainingException extends RuntimeException {

    public TrainingException(String message) {
        super(message);
    }
}
