package studio.backprop.export;

import java.nio.file.Path;

/** An export file could not be written; the message names it: "cannot write 'out.png': permission denied". */
public final class ExportException extends RuntimeException {

    private final transient Path file;
    private final String reason;

    public ExportException(Path file, String reason, Throwable cause) {
        super("cannot write '" + file + "': " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
