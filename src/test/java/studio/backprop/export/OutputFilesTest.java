package studio.backprop.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

    @TempDir
    Path folder;

    private final OutputFiles.Content halfThenFailure = out -> {
        out.write("<svg>half of it".getBytes(StandardCharsets.UTF_8));
        out.flush();
        throw new IOException("No space left on device");
    };

    @Test
    void aFailedWriteLeavesNoFileAndNoTemporaryBehind() throws IOException {
        Path target = folder.resolve("graph.svg");
        assertThatThrownBy(() -> OutputFiles.write(List.of(target), List.of(halfThenFailure)))
                .isInstanceOf(ExportException.class)
                .hasMessage("cannot write '" + target + "': No space left on device");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFileAsItWas() throws IOException {
        Path target = Files.writeString(folder.resolve("graph.svg"), "the old picture");
        assertThatThrownBy(() -> OutputFiles.write(List.of(target), List.of(halfThenFailure)))
                .isInstanceOf(ExportException.class);
        assertThat(Files.readString(target)).isEqualTo("the old picture");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void whenOneOfManyFilesFailsNoneIsWritten() throws IOException {
        List<Path> targets = List.of(folder.resolve("g-01.svg"), folder.resolve("g-02.svg"));
        OutputFiles.Content fine = out -> out.write(1);
        assertThatThrownBy(() -> OutputFiles.write(targets, List.of(fine, halfThenFailure)))
                .hasMessageStartingWith("cannot write '" + targets.get(1) + "'");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aSuccessfulWriteReplacesTheFileWhole() throws IOException {
        Path target = Files.writeString(folder.resolve("graph.svg"), "old");
        OutputFiles.write(List.of(target), List.of(out -> out.write("new".getBytes(StandardCharsets.UTF_8))));
        assertThat(Files.readString(target)).isEqualTo("new");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aMissingFolderOrAFolderInTheWayIsNamed() throws IOException {
        Path nowhere = folder.resolve("no/such/graph.svg");
        assertThatThrownBy(() -> OutputFiles.write(List.of(nowhere), List.of(out -> out.write(1))))
                .hasMessage("cannot write '" + nowhere + "': the folder '" + nowhere.getParent() + "' does not exist");
        Path directory = Files.createDirectory(folder.resolve("graph.svg"));
        assertThatThrownBy(() -> OutputFiles.write(List.of(directory), List.of(out -> out.write(1))))
                .hasMessage("cannot write '" + directory + "': it is a folder");
    }
}
