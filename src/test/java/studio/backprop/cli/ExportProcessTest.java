package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import studio.backprop.Launcher;

/**
 * The command line as a user runs it, in a Java of its own, where a background thread's stack
 * trace would reach the terminal too: a full disk, a temporary folder that is not there, and an
 * export named like its program.
 */
class ExportProcessTest {

    private static final String LECTURE = EvalCommandTest.LECTURE_FILE;

    @TempDir
    Path folder;

    private record Outcome(int exitCode, String out, String err) {
    }

    private Outcome run(String temporaryFolder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporaryFolder, "-Duser.home=" + folder.resolve("home"), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(folder.resolve("out.txt").toFile())
                .redirectError(folder.resolve("err.txt").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // The tests' class path has SLF4J without a logger (ArchUnit's), which warns; the jar has none.
        String err = Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8).replaceAll("(?m)^SLF4J\\(W\\).*\n", "");
        return new Outcome(process.exitValue(), Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8), err);
    }

    @Test
    void aPngToAFullDiskIsOneErrorLineAndNoTrace() throws Exception {
        Outcome outcome = run(folder.toString(), "export", LECTURE, "--format", "png", "-o", "/dev/full");
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).isEqualTo("error: cannot write '/dev/full': No space left on device\n");
    }

    @Test
    void pngAndPdfAreWrittenWhenTheTemporaryFolderIsFullOrGone() throws Exception {
        for (String name : List.of("lecture.png", "lecture.pdf")) {
            Path picture = folder.resolve(name);
            Outcome outcome = run(folder.resolve("no/such/folder").toString(), "export", LECTURE, "-o", picture.toString());
            assertThat(outcome.err()).as(name).isEmpty();
            assertThat(outcome.exitCode()).isZero();
            assertThat(picture).isNotEmptyFile();
        }
    }

    @Test
    void anExportNamedLikeItsProgramIsRefusedAndTheProgramKept() throws Exception {
        Path program = Files.copy(Path.of(LECTURE), folder.resolve("prog.cgraph"));
        String before = Files.readString(program);
        Outcome outcome = run(folder.toString(), "export", program.toString(), "--format", "png", "-o", program.toString());
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).isEqualTo("error: cannot write '" + program + "': it is the program the picture is "
                + "made from; choose another name for the picture\n");
        assertThat(Files.readString(program)).isEqualTo(before);
    }
}
