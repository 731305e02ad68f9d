package studio.backprop.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes files completely or not at all: the one way Backprop Studio writes a file, for saved
 * programs and exports alike. Each file is first written to a hidden temporary file in the same
 * folder, then moved over the target in one step (an atomic rename where the file system has one),
 * so a reader never sees half a file and a failed write leaves nothing behind. With many files, all
 * are written into one hidden folder beside the first before any is moved, so a full disk spoils
 * none of them.
 *
 * <ul>
 *   <li>A file that is replaced keeps its permissions: a program saved over a 644 file stays 644.</li>
 *   <li>A symbolic link stays a link: the file it points to is what gets replaced.</li>
 *   <li>A target that is not a regular file (a device such as /dev/null, or a pipe) is written
 *       directly, never renamed over.</li>
 *   <li>A temporary left behind by a write that was killed ({@code kill -9}, a power cut) is
 *       removed by the next write of the same file, once it is a minute old, so that it can no
 *       longer be another write still in progress.</li>
 * </ul>
 */
public final class AtomicFiles {

    /** A temporary this old cannot belong to a write still running: the largest program saves in a second or two. */
    static final Duration LEFTOVER_AGE = Duration.ofMinutes(1);
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.part");

    /** What goes into one file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) {
        write(List.of(target), List.of(content));
    }

    public static void write(List<Path> targets, List<Content> contents) {
        List<Path> temporaries = new ArrayList<>();
        Path staging = null;
        Path current = targets.get(0);
        try {
            List<Path> real = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                current = targets.get(i);
                real.add(resolved(current));
                checkWritable(real.get(i));
                if (staging == null && targets.size() > 1) staging = createStagingFolder(real.get(i));
                temporaries.add(writeBeside(real.get(i), contents.get(i), staging == null ? null : staging.resolve(i + ".part")));
            }
            for (int i = 0; i < targets.size(); i++) {
                current = targets.get(i);
                if (temporaries.get(i) != null) moveIntoPlace(temporaries.get(i), real.get(i));
            }
        } catch (IOException e) {
            throw new FileProblem(current, FileProblem.Action.WRITE, reason(e), e);
        } finally {
            for (Path temporary : temporaries) {
                if (temporary != null) deleteQuietly(temporary);
            }
            if (staging != null) deleteQuietly(staging);
        }
    }

    /** Where the bytes go: a link's target, so that saving through a link keeps the link. */
    private static Path resolved(Path target) throws IOException {
        return Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
    }

    private static void checkWritable(Path target) throws IOException {
        if (Files.isDirectory(target)) throw new FileSystemException(target.toString(), null, "it is a folder");
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new FileSystemException(target.toString(), null, "the folder '" + folder + "' does not exist");
        }
    }

    /**
     * The temporary file written for the target, beside it or as {@code staged} in the staging
     * folder; null if the target was written directly.
     */
    private static Path writeBeside(Path target, Content content, Path staged) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
                content.writeTo(out);
            }
            return null;
        }
        Path temporary;
        if (staged != null) {
            temporary = Files.createFile(staged);
        } else {
            // Not for each file of a staged export: a thousand files would each read the whole folder.
            removeLeftovers(target);
            temporary = createTemporary(target);
        }
        boolean written = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                content.writeTo(out);
            }
            keepPermissions(target, temporary);
            written = true;
        } finally {
            // Closing can fail too (a full disk): the temporary goes whatever failed.
            if (!written) deleteQuietly(temporary);
        }
        return temporary;
    }

    /**
     * For many files, one hidden folder beside the first, which holds them all until every one is
     * written: a write that is killed halfway leaves one folder to remove, not a file per frame.
     */
    private static Path createStagingFolder(Path first) throws IOException {
        Path absolute = first.toAbsolutePath();
        for (int attempt = 0; ; attempt++) {
            String name = "." + absolute.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".parts";
            try {
                return Files.createDirectory(absolute.resolveSibling(name));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) throw e;
            }
        }
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

    /** Temporaries of earlier writes of {@code target} that never finished. */
    private static void removeLeftovers(Path target) {
        Path absolute = target.toAbsolutePath();
        String prefix = "." + absolute.getFileName() + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(absolute.getParent(),
                entry -> entry.getFileName().toString().startsWith(prefix) && isLeftover(entry))) {
            for (Path leftover : siblings) deleteQuietly(leftover);
        } catch (IOException | DirectoryIteratorException e) {
            // Cleaning up is a courtesy; the write itself goes on.
        }
    }

    /** Whether a file is a temporary of this class's that a killed write left, old enough to remove. */
    public static boolean isLeftover(Path file) {
        if (!TEMPORARY.matcher(file.getFileName().toString()).matches()) return false;
        try {
            Instant modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && modified.isBefore(Instant.now().minus(LEFTOVER_AGE));
        } catch (IOException e) {
            return false;
        }
    }

    private static void keepPermissions(Path target, Path temporary) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (old == null || !Files.exists(target)) return;
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class).setPermissions(old.readAttributes().permissions());
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(IOException thrown) {
        // A writer's own wrapping ("I/O error writing PNG file!") hides the reason a student can act on.
        IOException e = thrown;
        while (e.getCause() instanceof IOException cause) e = cause;
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "the folder does not exist";
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Nothing more can be done; the write has already failed or succeeded.
        }
    }
}
