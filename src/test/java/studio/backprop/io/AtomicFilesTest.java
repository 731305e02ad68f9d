package studio.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    private final AtomicFiles.Content halfThenFailure = out -> {
        out.write("<svg>half of it".getBytes(StandardCharsets.UTF_8));
        out.flush();
        throw new IOException("No space left on device");
    };

    @Test
    void aFailedWriteLeavesNoFileAndNoTemporaryBehind() throws IOException {
        Path target = folder.resolve("graph.svg");
        assertThatThrownBy(() -> AtomicFiles.write(List.of(target), List.of(halfThenFailure)))
                .isInstanceOf(FileProblem.class)
                .hasMessage("cannot write '" + target + "': No space left on device");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFileAsItWas() throws IOException {
        Path target = Files.writeString(folder.resolve("graph.svg"), "the old picture");
        assertThatThrownBy(() -> AtomicFiles.write(List.of(target), List.of(halfThenFailure)))
                .isInstanceOf(FileProblem.class);
        assertThat(Files.readString(target)).isEqualTo("the old picture");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void whenOneOfManyFilesFailsNoneIsWritten() throws IOException {
        List<Path> targets = List.of(folder.resolve("g-01.svg"), folder.resolve("g-02.svg"));
        AtomicFiles.Content fine = out -> out.write(1);
        assertThatThrownBy(() -> AtomicFiles.write(targets, List.of(fine, halfThenFailure)))
                .hasMessageStartingWith("cannot write '" + targets.get(1) + "'");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void manyFilesWaitInOneHiddenFolderUntilAllAreWritten() throws IOException {
        List<Path> targets = List.of(folder.resolve("g-01.svg"), folder.resolve("g-02.svg"), folder.resolve("g-03.svg"));
        List<List<String>> seen = new java.util.ArrayList<>();
        AtomicFiles.Content looking = out -> {
            out.write('x');
            try (Stream<Path> files = Files.list(folder)) {
                seen.add(files.map(file -> file.getFileName().toString()).toList());
            }
        };
        AtomicFiles.write(targets, List.of(looking, looking, looking));
        assertThat(seen).allSatisfy(names -> assertThat(names).singleElement().asString().startsWith(".g-01.svg.").endsWith(".parts"));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactlyInAnyOrderElementsOf(targets);
        }
    }

    @Test
    void aSuccessfulWriteReplacesTheFileWhole() throws IOException {
        Path target = Files.writeString(folder.resolve("graph.svg"), "old");
        AtomicFiles.write(List.of(target), List.of(out -> out.write("new".getBytes(StandardCharsets.UTF_8))));
        assertThat(Files.readString(target)).isEqualTo("new");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aMissingFolderOrAFolderInTheWayIsNamed() throws IOException {
        Path nowhere = folder.resolve("no/such/graph.svg");
        assertThatThrownBy(() -> AtomicFiles.write(List.of(nowhere), List.of(out -> out.write(1))))
                .hasMessage("cannot write '" + nowhere + "': the folder '" + nowhere.getParent() + "' does not exist");
        Path directory = Files.createDirectory(folder.resolve("graph.svg"));
        assertThatThrownBy(() -> AtomicFiles.write(List.of(directory), List.of(out -> out.write(1))))
                .hasMessage("cannot write '" + directory + "': it is a folder");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path target = folder.resolve("lecture.cgraph");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @Test
    void writingThroughASymbolicLinkReplacesTheFileItPointsToAndKeepsTheLink() throws IOException {
        Path real = folder.resolve("real.cgraph");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.cgraph"), real);
        AtomicFiles.write(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aPipeIsWrittenToAndNotReplacedByAFile() throws Exception {
        Path pipe = folder.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(pipe);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        AtomicFiles.write(pipe, out -> out.write("through".getBytes(StandardCharsets.UTF_8)));
        assertThat(new String(read.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("through");
        assertThat(Files.exists(pipe)).isTrue();
        assertThat(Files.isRegularFile(pipe)).as("still a pipe").isFalse();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(pipe);
        }
    }

    @Test
    void aFailureAtTheVeryEndOnceTheStreamIsClosedStillRemovesTheTemporary() throws IOException {
        Path target = folder.resolve("graph.svg");
        // As when the disk fills as the last buffered bytes go out: all was written, then it failed.
        AtomicFiles.Content failsOnClose = out -> {
            out.write("<svg/>".getBytes(StandardCharsets.UTF_8));
            out.close();
            throw new IOException("No space left on device");
        };
        assertThatThrownBy(() -> AtomicFiles.write(target, failsOnClose)).isInstanceOf(FileProblem.class)
                .hasMessage("cannot write '" + target + "': No space left on device");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void temporariesLeftByAKilledWriteAreRemovedByTheNextWriteOnceTheyAreOld() throws IOException {
        Path target = Files.writeString(folder.resolve("lecture.cgraph"), "old");
        Path killed = Files.writeString(folder.resolve(".lecture.cgraph.5f3a9c2e11d04b7a.part"), "half a program");
        Files.setLastModifiedTime(killed, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(120)));
        Path running = Files.writeString(folder.resolve(".lecture.cgraph.77aa.part"), "another window, saving now");
        Path someoneElses = Files.writeString(folder.resolve(".other.cgraph.5f3a.part"), "not ours to touch");
        Files.setLastModifiedTime(someoneElses, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(120)));
        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(killed).doesNotExist();
        assertThat(running).as("young enough to be a write in progress").exists();
        assertThat(someoneElses).exists();
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void aSaveIntoAFolderThatWasRemovedNamesTheFolderNotATemporary() throws IOException {
        Path gone = Files.createDirectory(folder.resolve("lesson"));
        Path target = Files.writeString(gone.resolve("lecture.cgraph"), "a = 5");
        Files.delete(target);
        Files.delete(gone);
        assertThatThrownBy(() -> ProgramFiles.write(target, "a = 6")).isInstanceOf(FileProblem.class)
                .hasMessage("cannot write '" + target + "': the folder '" + gone + "' does not exist");
    }
}
