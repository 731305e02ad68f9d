package studio.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Program files as the app and the command line read and write them: one way, one set of reasons. */
class ProgramFilesTest {

    @TempDir
    Path folder;

    @Test
    void aByteOrderMarkIsDropped() throws IOException {
        Path file = folder.resolve("bom.cgraph");
        Files.writeString(file, "\uFEFFa = 5\nJ = 2*a");
        assertThat(ProgramFiles.read(file)).isEqualTo("a = 5\nJ = 2*a");
    }

    @Test
    void whatCannotBeReadSaysWhy() throws IOException {
        Path missing = folder.resolve("missing.cgraph");
        assertThatThrownBy(() -> ProgramFiles.read(missing)).isInstanceOf(FileProblem.class)
                .hasMessage("cannot read '" + missing + "': the file does not exist");
        assertThatThrownBy(() -> ProgramFiles.read(folder)).hasMessageEndingWith("': it is a folder");
        Path latin1 = Files.write(folder.resolve("latin1.cgraph"), new byte[] {'a', ' ', '=', ' ', (byte) 0xe9});
        assertThatThrownBy(() -> ProgramFiles.read(latin1)).hasMessageEndingWith("': it is not UTF-8 text");
        Path binary = Files.write(folder.resolve("image.cgraph"), new byte[] {'P', 'N', 'G', 0, 1, 0, 0, 2});
        assertThatThrownBy(() -> ProgramFiles.read(binary)).hasMessageEndingWith("': it is not a text file");
        Path utf16 = Files.writeString(folder.resolve("notepad.cgraph"), "a = 5\nJ = 2*a", java.nio.charset.StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> ProgramFiles.read(utf16)).hasMessageEndingWith("': it is not a text file");
    }

    @Test
    void aStrayNulSavedIntoAProgramDoesNotStopItOpeningAgain() throws IOException {
        Path file = folder.resolve("pasted.cgraph");
        ProgramFiles.write(file, "a = 5\nJ = 2*a\u0000");
        assertThat(ProgramFiles.read(file)).isEqualTo("a = 5\nJ = 2*a\u0000");
    }

    @Test
    void aPipeIsRefusedAtOnceRatherThanWaitedOn() throws Exception {
        Path pipe = folder.resolve("pipe.cgraph");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        assertThatThrownBy(() -> ProgramFiles.read(pipe)).isInstanceOf(FileProblem.class)
                .hasMessageContaining("it is not a regular file");
    }

    @Test
    void savingOverAProgramKeepsItsPermissions() throws IOException {
        Path file = folder.resolve("lecture.cgraph");
        Files.writeString(file, "a = 5");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        ProgramFiles.write(file, "a = 6");
        assertThat(ProgramFiles.read(file)).isEqualTo("a = 6");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }
}
