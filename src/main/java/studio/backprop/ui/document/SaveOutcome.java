package studio.backprop.ui.document;

import java.nio.file.Files;
import java.nio.file.Path;

import studio.backprop.io.FileProblem;
import studio.backprop.io.ProgramFiles;

/**
 * How a save went, decided on the files thread: written, or not written because the file no
 * longer holds what this window last read or wrote there (another window saved it, say).
 */
enum SaveOutcome {
    WRITTEN, CHANGED_ON_DISK;

    /**
     * Writes {@code content} to {@code file} unless the file exists and holds something other than
     * {@code expected}; a null {@code expected} writes whatever the file holds.
     *
     * @throws FileProblem if the file cannot be written
     */
    static SaveOutcome write(Path file, String content, String expected) {
        if (expected != null && Files.isRegularFile(file)) {
            String now;
            try {
                now = ProgramFiles.read(file);
            } catch (FileProblem unreadable) {
                // Whatever it holds cannot be read to compare; writing it will say what is wrong, if anything.
                now = expected;
            }
            if (!now.equals(expected)) return CHANGED_ON_DISK;
        }
        ProgramFiles.write(file, content);
        return WRITTEN;
    }
}
