package studio.backprop.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reading and writing .cgraph files. Saving is atomic: the text goes to a temporary file next to
 * the target, which then replaces it in one move, so a crash or a full disk never leaves half a
 * program behind.
 */
public final class ProgramFiles {

    /** A file that could not be read or written, with a reason a student can act on. */
    public static final class FileProblem extends Exception {
        FileProblem(String message) {
            super(message);
        }
    }

    private ProgramFiles() {
    }

    public static String read(Path file) throws FileProblem {
        try {
            if (Files.isDirectory(file)) throw new FileProblem("'" + file.getFileName() + "' is a folder, not a program file.");
            if (Files.size(file) > 50_000_000) throw new FileProblem("'" + file.getFileName() + "' is too large to be a program (over 50 MB).");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.indexOf('\0') >= 0) throw new FileProblem("'" + file.getFileName() + "' is not a text file.");
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new FileProblem("'" + file + "' does not exist any more.");
        } catch (AccessDeniedException e) {
            throw new FileProblem("You do not have permission to read '" + file + "'.");
        } catch (CharacterCodingException e) {
            throw new FileProblem("'" + file.getFileName() + "' is not a text file (it is not UTF-8).");
        } catch (IOException e) {
            throw new FileProblem("'" + file + "' could not be read: " + e.getMessage());
        }
    }

    public static void write(Path file, String text) throws FileProblem {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + file.getFileName(), ".saving");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new FileProblem("You do not have permission to write to '" + folder + "'. Choose another folder.");
        } catch (IOException e) {
            throw new FileProblem("'" + file + "' could not be saved: " + e.getMessage() + ". The program is still open.");
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The move took it, or the folder is gone; nothing more to clean.
                }
            }
        }
    }
}
