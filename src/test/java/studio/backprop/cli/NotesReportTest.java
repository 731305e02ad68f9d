package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.backprop.cli.EvalCommandTest.run;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line says how it read the program, and still refuses what it cannot read. */
class NotesReportTest {

    /** The lecture, written as the lecture writes it: J = 3(a + bc). */
    private static final String LECTURE = "a = 5\nb = 3\nc = 2\nJ = 3(a + bc)";

    @Test
    void theReportSaysHowANameWasReadBeforeTheNumbers() {
        EvalCommandTest.Run run = run("eval", "-e", LECTURE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("note: 4:11: bc is read as b·c.\n\nJ = 33\n")
                .contains("dc = du · ∂u/∂c = 3 · 3 = 9");
    }

    @Test
    void jsonListsTheNotesWithTheirPlace() {
        JsonNode notes = JsonMapper.builder().build().readTree(run("eval", "-e", LECTURE, "--json").out()).get("notes");
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).get("line").asInt()).isEqualTo(4);
        assertThat(notes.get(0).get("column").asInt()).isEqualTo(11);
        assertThat(notes.get(0).get("text").asString()).isEqualTo("bc is read as b·c.");
        JsonNode none = JsonMapper.builder().build().readTree(run("eval", EvalCommandTest.LECTURE_FILE, "--json").out());
        assertThat(none.get("notes")).isEmpty();
    }

    @Test
    void aResultTheOutputLeavesOutIsNamed() {
        EvalCommandTest.Run run = run("eval", "-e", "a = 2\nb = 1\nL = a*b\nw = a - 0.1*b");
        assertThat(run.out()).startsWith("note: 3:1: L is not used by the output w, the last line, so backprop "
                + "computes no dL. To see dL, make L the last line.\n\nw = 1.9\n");
        assertThat(run.out()).contains("dL = 0 (w does not depend on L)");
    }

    @Test
    void inputsWithoutAValueAreStillRefused() {
        EvalCommandTest.Run run = run("eval", "-e", "3*(a+b*c)");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: 1:4: Variable 'a' has no value.");
    }

    @Test
    void theExportSaysHowItReadTheProgramToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
        EvalCommandTest.Run run = run("export", "-e", LECTURE, "-o", folder.resolve("lecture.dot").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("note: 4:11: bc is read as b·c.\nwrote ");
    }
}
