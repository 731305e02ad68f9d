package studio.backprop.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reading and writing .cgraph program files, for the app and the command line alike. A program is
 * UTF-8 text (a leading byte order mark is dropped); saving goes through {@link AtomicFiles}, so a
 * crash or a full disk never leaves half a program behind.
 */
public final class ProgramFiles {

    /** Larger than any program a person writes; a bigger file is almost certainly something else. */
    static final long MAX_BYTES = 50_000_000;

    private ProgramFiles() {
    }

    /** The program's text. */
    public static String read(Path file) {
        try {
            if (Files.isDirectory(file)) throw problem(file, "it is a folder", null);
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw problem(file, "it is not a regular file (a device or a pipe), so it cannot be a program", null);
            }
            if (Files.size(file) > MAX_BYTES) throw problem(file, "it is too large to be a program (over 50 MB)", null);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (looksBinary(text)) throw problem(file, "it is not a text file", null);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw problem(file, "the file does not exist", e);
        } catch (AccessDeniedException e) {
            throw problem(file, "permission denied", e);
        } catch (CharacterCodingException e) {
            throw problem(file, "it is not UTF-8 text", e);
        } catch (IOException e) {
            throw problem(file, String.valueOf(e.getMessage()), e);
        }
    }

    /** Saves the text, atomically, keeping the file's permissions. */
    public static void write(Path file, String text) {
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Text of another encoding (UTF-16 has a NUL in every other byte) or a binary file: many NULs.
     * A stray one is let through, so that a program saved with a NUL pasted into it opens again
     * (and the editor shows where it is).
     */
    private static boolean looksBinary(String text) {
        long nuls = text.chars().filter(c -> c == 0).count();
        return nuls > Math.max(1, text.length() / 100);
    }

    /**
     * Whether two paths name the same file: through links and different spellings when both
     * exist, by where they point when one does not exist yet.
     */
    public static boolean sameFile(Path one, Path other) {
        try {
            if (Files.exists(one) && Files.exists(other)) return Files.isSameFile(one, other);
        } catch (IOException e) {
            // Compared by name below.
        }
        return one.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize());
    }

    private static FileProblem problem(Path file, String reason, Throwable cause) {
        return new FileProblem(file, FileProblem.Action.READ, reason, cause);
    }
}
