package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Every way of getting the command line wrong ends in one "error:" line, exit code 2, and no trace. */
class CommandLineMessagesTest {

    private static EvalCommandTest.Run run(String... args) {
        return EvalCommandTest.run(args);
    }

    @Test
    void anUnknownOptionIsAnErrorLineWithWhereToLook() {
        EvalCommandTest.Run run = run("eval", "--bogus", "-e", "2*a");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: unknown option '--bogus'\n")
                .contains("See 'backprop-studio eval --help' for the options.").doesNotContain("option option");
    }

    @Test
    void everyCommandShowsItsUsageForHelpEvenWithoutItsRequiredOptions() {
        for (String command : new String[] {"eval", "train", "export", "plot"}) {
            EvalCommandTest.Run run = run(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.err()).as(command).isEmpty();
            assertThat(run.out()).as(command).startsWith("Usage: backprop-studio " + command).contains("--help");
        }
    }

    @Test
    void theMessagesNameTheCommandTheLauncherSaysTheUserTyped() {
        System.setProperty("backprop.command", "backprop");
        try {
            assertThat(run("eval", "--bogus").err()).contains("See 'backprop eval --help' for the options.");
        } finally {
            System.clearProperty("backprop.command");
        }
        assertThat(run("eval", "--bogus").err()).contains("See 'backprop-studio eval --help' for the options.");
    }

    @Test
    void theHelpTextWritesAPercentSignWithoutAWarningFromPicocli() {
        // picocli warns on System.err, not on the command's error stream, when a description is not a valid format.
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        java.io.PrintStream before = System.err;
        EvalCommandTest.Run run;
        System.setErr(new java.io.PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            run = run("help", "export");
        } finally {
            System.setErr(before);
        }
        assertThat(run.out()).contains("at least 3% of the slide's height").doesNotContain("%%");
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aMistypedCommandIsNamedWithTheNearestOne() {
        EvalCommandTest.Run run = run("evl", "lecture.cgraph");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: 'evl' is not a command; did you mean 'eval'? "
                + "The commands are eval, train, export, plot, help.\n");
    }

    @Test
    void aSecondFileIsNamedWholeAsOneArgumentTooMany() {
        EvalCommandTest.Run run = run("eval", "first.cgraph", "second-program.cgraph");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: 'second-program.cgraph' is more than eval takes: "
                + "give one FILE or -e PROGRAM, and quote a program that has spaces\n");
    }

    @Test
    void aSettingWithoutAValueSaysHowToWriteIt() {
        EvalCommandTest.Run run = run("eval", "-e", "2*a", "--set", "a");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --set a: write it as NAME=VALUE, as in --set a=5\n");
    }

    @Test
    void aNudgeSizeThatIsNotANumberIsNamedAsTyped() {
        EvalCommandTest.Run run = run("eval", "-e", "2*a", "--set", "a=1", "--h", "abc");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --h abc: 'abc' is not a number; write it like 2, -0.5 or 1e-3\n");
    }

    @Test
    void aHugeNumberIsTooLargeOnTheCommandLineAsInAProgram() {
        EvalCommandTest.Run set = run("eval", "-e", "2*a", "--set", "a=1e999");
        assertThat(set.err()).isEqualTo("error: --set a=1e999: 1e999 is too large; the largest is about 1.8e308\n");
        EvalCommandTest.Run program = run("eval", "-e", "a = 1e999\n2*a");
        assertThat(program.err()).startsWith("error: 1:5: The number 1e999 is too large; the largest is about 1.8e308.");
    }

    @Test
    void aLongLiteralIsQuotedShortAndUnderlinedWithinTheWindow() {
        String digits = "9".repeat(400);
        EvalCommandTest.Run run = run("eval", "-e", "J = " + digits + "*a", "--set", "a=1");
        assertThat(run.exitCode()).isEqualTo(2);
        String[] lines = run.err().split("\n");
        assertThat(lines[0]).isEqualTo("error: 1:5: The number 999999999999… (400 characters) is too large; "
                + "the largest is about 1.8e308.");
        assertThat(lines[1].length()).isLessThan(100);
        assertThat(lines[2].length()).isLessThan(100);
    }

    @Test
    void controlCharactersTypedOnTheCommandLineAreShownVisibly() {
        EvalCommandTest.Run run = run("eval", "-e", "2*a", "--set", "a=x\u0007");
        assertThat(run.err()).contains("'x\\u0007' is not a number").doesNotContain("\u0007");
    }

    @Test
    void aReportThatCannotBeWrittenIsAnErrorNotASilentSuccess() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        int code = StudioCommand.execute(new String[] {"eval", EvalCommandTest.LECTURE_FILE}, full, err);
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("error: cannot write to standard output: No space left on device.");
    }

    @Test
    void aReaderThatStopsReadingEndsTheCommandQuietly() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        int code = StudioCommand.execute(new String[] {"eval", EvalCommandTest.LECTURE_FILE}, closed, err);
        assertThat(code).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
