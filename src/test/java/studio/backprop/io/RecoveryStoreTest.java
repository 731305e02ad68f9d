package studio.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recovery copies: kept while a window is open, offered once it is gone without closing properly. */
class RecoveryStoreTest {

    @TempDir
    Path folder;

    private RecoveryStore store() {
        return new RecoveryStore(folder.resolve("recovery"));
    }

    @Test
    void aCopyOfAWindowStillOpenIsNotOfferedButOneLeftByAKilledWindowIs() throws IOException {
        RecoveryStore store = store();
        RecoveryStore.Slot open = store.open();
        open.keep("a = 5\nJ = 3*a", folder.resolve("lecture.cgraph"), "lecture.cgraph");
        assertThat(store.orphans()).as("its window holds the lock").isEmpty();

        // What kill -9 leaves: the copy, and a lock file that nobody holds any more.
        Path left = Files.copy(open.path(), folder.resolve("recovery/18f0000000-1.recovery"));
        Files.createFile(folder.resolve("recovery/18f0000000-1.lock"));
        List<RecoveryStore.Copy> orphans = store.orphans();
        assertThat(orphans).hasSize(1);
        RecoveryStore.Copy copy = orphans.get(0);
        assertThat(copy.text()).isEqualTo("a = 5\nJ = 3*a");
        assertThat(copy.file()).isEqualTo(folder.resolve("lecture.cgraph").toAbsolutePath());
        assertThat(copy.name()).isEqualTo("lecture.cgraph");
        assertThat(copy.when()).isBefore(Instant.now().plusSeconds(1));

        store.forget(copy);
        assertThat(left).doesNotExist();
        assertThat(store.orphans()).isEmpty();
        open.close();
    }

    @Test
    void aWindowThatClosesProperlyLeavesNothingBehind() throws IOException {
        RecoveryStore store = store();
        RecoveryStore.Slot slot = store.open();
        slot.keep("J = 1", null, "Untitled");
        slot.close();
        assertThat(store.orphans()).isEmpty();
        try (Stream<Path> files = Files.list(folder.resolve("recovery"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void discardingDropsTheCopyButKeepsTheSlot() {
        RecoveryStore store = store();
        RecoveryStore.Slot slot = store.open();
        slot.keep("J = 1", null, "Untitled");
        slot.discard();
        assertThat(slot.path()).doesNotExist();
        slot.keep("J = 2", null, "Untitled");
        assertThat(slot.path()).exists();
        slot.close();
    }

    @Test
    void locksAndTemporariesOfKilledWindowsAreCleanedUpAndBrokenCopiesSkipped() throws IOException {
        RecoveryStore store = store();
        Path recovery = Files.createDirectories(folder.resolve("recovery"));
        Path staleLock = Files.createFile(recovery.resolve("18f0000000-2.lock"));
        Path leftover = Files.writeString(recovery.resolve(".18f0000000-3.recovery.0123abcd.part"), "half");
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minusSeconds(600)));
        Files.writeString(recovery.resolve("18f0000000-4.recovery"), "not a recovery copy at all");
        assertThat(store.orphans()).isEmpty();
        assertThat(staleLock).doesNotExist();
        assertThat(leftover).doesNotExist();
    }

    @Test
    void aMissingFolderMeansNothingToRecover() {
        assertThat(new RecoveryStore(folder.resolve("never/made")).orphans()).isEmpty();
    }
}
