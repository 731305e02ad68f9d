package studio.backprop.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files completely or not at all. Each file is first written to a hidden temporary file in
 * the same folder, then moved over the target in one step (an atomic rename where the file system
 * has one), so a reader never sees half a file and a failed export leaves nothing behind. With many
 * files, all are written before any is moved, so a full disk spoils none of them.
 */
final class OutputFiles {

    /** What goes into one file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    static void write(List<Path> targets, List<Content> contents) {
        List<Path> temporaries = new ArrayList<>();
        Path current = targets.get(0);
        try {
            for (int i = 0; i < targets.size(); i++) {
                current = targets.get(i);
                temporaries.add(writeBeside(current, contents.get(i)));
            }
            for (int i = 0; i < targets.size(); i++) {
                current = targets.get(i);
                moveIntoPlace(temporaries.get(i), current);
            }
        } catch (IOException e) {
            throw new ExportException(current, reason(e), e);
        } finally {
            for (Path temporary : temporaries) {
                deleteQuietly(temporary);
            }
        }
    }

    private static Path writeBeside(Path target, Content content) throws IOException {
        if (Files.isDirectory(target)) throw new FileSystemException(target.toString(), null, "it is a folder");
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new FileSystemException(target.toString(), null, "the folder '" + folder + "' does not exist");
        }
        Path temporary = createTemporary(target);
        boolean written = false;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
            content.writeTo(out);
            written = true;
        } finally {
            if (!written) deleteQuietly(temporary);
        }
        return temporary;
    }

    /** A new file beside the target; created plainly (not as a temp file) so it gets the usual permissions. */
    private static Path createTemporary(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        for (int attempt = 0; ; attempt++) {
            String name = "." + absolute.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part";
            try {
                return Files.createFile(absolute.resolveSibling(name));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) throw e;
            }
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "the folder does not exist";
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Nothing more can be done; the export has already failed or succeeded.
        }
    }
}
