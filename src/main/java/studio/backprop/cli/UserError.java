package studio.backprop.cli;

/** A mistake on the command line or in a file name, reported as "error: message" with exit code 2. */
final class UserError extends RuntimeException {

    UserError(String message) {
        super(message);
    }
}
