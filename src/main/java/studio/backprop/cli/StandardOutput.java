package studio.backprop.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that does not fail silently. A PrintWriter swallows write errors, so a report
 * sent to a full disk would be lost with exit code 0; this stream turns the first failure into
 * {@link Failed}, which stops the command at once and is reported as an error.
 */
final class StandardOutput extends FilterOutputStream {

    /** Writing to standard output failed: a full disk, a closed pipe, a removed file. */
    static final class Failed extends RuntimeException {
        Failed(IOException cause) {
            super(cause.getMessage(), cause);
        }

        String reason() {
            return getMessage() == null ? getCause().getClass().getSimpleName() : getMessage();
        }

        /** The reader went away (as {@code | head} does once it has its lines): not an error to report. */
        boolean isClosedPipe() {
            return "Broken pipe".equals(getMessage()) || "Stream closed".equals(getMessage());
        }
    }

    StandardOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw new Failed(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw new Failed(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new Failed(e);
        }
    }
}
