package studio.backprop.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Recovery copies of unsaved work, so that a crash, a kill or a power cut loses a few seconds of
 * typing rather than a lesson's. Each window keeps one {@link Slot}: a copy of its program that it
 * rewrites every few seconds while there are unsaved changes, and deletes once they are saved or
 * discarded. A slot is locked for as long as its window is open; a copy whose lock nobody holds
 * was left by a window that never closed properly, and is offered at the next start.
 *
 * <p>A copy is one text file: a first line {@value #MAGIC}, then {@code file=} (the program's file,
 * or nothing), {@code name=} (what the title showed) and {@code kept=} (when), a blank line, and
 * the program as it was, values included.
 */
public final class RecoveryStore {

    static final String MAGIC = "backprop-studio recovery 1";
    private static final String SUFFIX = ".recovery";

    /** A recovered copy: what it was, and where it is kept. */
    public record Copy(Path kept, Path file, String name, Instant when, String text) {
    }

    /**
     * Locks this Java holds. Another process's locks are asked of the file system; our own are not,
     * because on Linux closing any channel to a file drops every lock the process holds on it.
     */
    private static final Set<Path> OWN_LOCKS = ConcurrentHashMap.newKeySet();

    private final Path folder;

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    /** The usual place: a hidden folder in the user's home. */
    public static RecoveryStore forUser() {
        return new RecoveryStore(Path.of(System.getProperty("user.home"), ".backprop-studio", "recovery"));
    }

    /** A new slot for a window, locked until {@link Slot#close()}. */
    public Slot open() {
        try {
            Files.createDirectories(folder);
            String id = Long.toHexString(System.currentTimeMillis()) + "-"
                    + Integer.toHexString(ThreadLocalRandom.current().nextInt() & 0x7fffffff);
            return new Slot(folder.resolve(id + SUFFIX), folder.resolve(id + ".lock"));
        } catch (IOException e) {
            throw new FileProblem(folder, FileProblem.Action.WRITE, String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * Copies left by windows that are gone, newest first. Unreadable ones are skipped: a recovery
     * copy must never stop the app from starting.
     */
    public List<Copy> orphans() {
        List<Copy> copies = new ArrayList<>();
        if (!Files.isDirectory(folder)) return copies;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path path : files.toList()) {
                String name = path.getFileName().toString();
                if (name.endsWith(SUFFIX) && !heldByAWindow(lockOf(path))) {
                    read(path).ifPresent(copies::add);
                } else if (name.endsWith(".lock") && !heldByAWindow(path) && !Files.exists(copyOf(path))
                        || AtomicFiles.isLeftover(path)) {
                    // A window killed with nothing unsaved leaves only its lock; one killed mid-copy, a temporary.
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            return copies;
        }
        copies.sort(Comparator.comparing(Copy::when).reversed());
        return copies;
    }

    /** Forgets a copy once it has been recovered or discarded. */
    public void forget(Copy copy) {
        try {
            Files.deleteIfExists(copy.kept());
            Files.deleteIfExists(lockOf(copy.kept()));
        } catch (IOException e) {
            // It will be offered again next time, which is better than losing it.
        }
    }

    private static Path lockOf(Path kept) {
        String name = kept.getFileName().toString();
        return kept.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + ".lock");
    }

    private static Path copyOf(Path lock) {
        String name = lock.getFileName().toString();
        return lock.resolveSibling(name.substring(0, name.length() - ".lock".length()) + SUFFIX);
    }

    private static boolean heldByAWindow(Path lock) {
        if (OWN_LOCKS.contains(lock.toAbsolutePath())) return true;
        if (!Files.exists(lock)) return false;
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock taken = channel.tryLock();
            if (taken == null) return true;
            taken.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Copy> read(Path kept) {
        try {
            String content = Files.readString(kept, StandardCharsets.UTF_8);
            int body = content.indexOf("\n\n");
            if (!content.startsWith(MAGIC + "\n") || body < 0) return Optional.empty();
            Path file = null;
            String name = "Untitled";
            Instant when = Files.getLastModifiedTime(kept).toInstant();
            for (String line : content.substring(MAGIC.length() + 1, body).split("\n")) {
                if (line.startsWith("file=") && line.length() > 5) file = Path.of(line.substring(5));
                if (line.startsWith("name=")) name = line.substring(5);
                if (line.startsWith("kept=")) when = Instant.parse(line.substring(5));
            }
            return Optional.of(new Copy(kept, file, name, when, content.substring(body + 2)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** One window's recovery copy. */
    public static final class Slot implements AutoCloseable {
        private final Path kept;
        private final Path lockFile;
        private final FileChannel lockChannel;
        private final FileLock lock;

        private Slot(Path kept, Path lockFile) throws IOException {
            this.kept = kept;
            this.lockFile = lockFile.toAbsolutePath();
            this.lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            this.lock = lockChannel.tryLock();
            OWN_LOCKS.add(this.lockFile);
        }

        /** Keeps a copy of {@code text}, replacing the last one, written completely or not at all. */
        public void keep(String text, Path file, String name) {
            String header = MAGIC + "\nfile=" + (file == null ? "" : file.toAbsolutePath()) + "\nname="
                    + name.replace('\n', ' ') + "\nkept=" + Instant.now() + "\n\n";
            AtomicFiles.write(kept, out -> out.write((header + text).getBytes(StandardCharsets.UTF_8)));
        }

        /** Nothing is unsaved any more: there is nothing to recover. */
        public void discard() {
            try {
                Files.deleteIfExists(kept);
            } catch (IOException e) {
                // A stale copy is offered once at the next start, then forgotten; no harm done.
            }
        }

        /** The window closed properly: no copy, and the lock goes too. */
        @Override
        public void close() {
            discard();
            try {
                if (lock != null) lock.release();
                lockChannel.close();
                Files.deleteIfExists(lockFile);
                OWN_LOCKS.remove(lockFile);
            } catch (IOException e) {
                // A lock file nobody holds is cleaned up when its folder is next looked through.
            }
        }

        Path path() {
            return kept;
        }
    }
}
