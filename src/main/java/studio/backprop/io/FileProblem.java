package studio.backprop.io;

import java.nio.file.Path;

/**
 * A file could not be read or written, with the file and a reason a student can act on:
 * "cannot read 'lecture.cgraph': the file does not exist", "cannot write 'out/graph.svg': the
 * folder 'out' does not exist". The command line prints it after "error: "; the app shows it in
 * its error dialog.
 */
public final class FileProblem extends RuntimeException {

    /** Whether the file was being read or written. */
    public enum Action {
        READ("read"), WRITE("write");

        private final String verb;

        Action(String verb) {
            this.verb = verb;
        }
    }

    private final transient Path file;
    private final Action action;
    private final String reason;

    public FileProblem(Path file, Action action, String reason, Throwable cause) {
        super("cannot " + action.verb + " '" + file + "': " + reason, cause);
        this.file = file;
        this.action = action;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Action action() {
        return action;
    }

    /** What went wrong, without the file: "permission denied", "it is a folder". */
    public String reason() {
        return reason;
    }
}
