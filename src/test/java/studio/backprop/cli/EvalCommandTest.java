package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvalCommandTest {

    static final String LECTURE_FILE = "resources/examples/lecture.cgraph";

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = StudioCommand.execute(args, out, err);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theLectureExampleReadsLikeTheLecture() {
        Run run = run("eval", LECTURE_FILE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("J = 33\n")
                .contains("  2/3  v = a + u = 5 + 6 = 11\n")
                .contains("  4/6  dc = du · ∂u/∂c = 3 · 3 = 9\n")
                .contains("Nudge check, h = 0.001\n")
                .containsPattern("\n  a +5 +5\\.001 +33 +33\\.003 +0\\.003 +3 +3 +3 ");
    }

    @Test
    void anExpressionWithSetValuesGivesTheSameNumbers() {
        Run run = run("eval", "-e", "3*(a+b*c)", "--set", "a=5", "--set", "b=3", "--set", "c=2");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("J = 33\n").contains("dc = du · ∂u/∂c = 3 · 3 = 9");
    }

    @Test
    void jsonHasTheOutputTheInputsAndTheNodesInTopologicalOrder() {
        Run run = run("eval", LECTURE_FILE, "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertThat(root.get("output").asString()).isEqualTo("J");
        assertThat(root.get("value").asDouble()).isEqualTo(33.0);
        assertThat(root.get("h").asDouble()).isEqualTo(0.001);
        assertThat(fieldNames(root.get("inputs"))).containsExactly("a", "b", "c");
        JsonNode c = root.get("inputs").get("c");
        assertThat(c.get("value").asDouble()).isEqualTo(2.0);
        assertThat(c.get("grad").asDouble()).isEqualTo(9.0);
        assertThat(c.get("nudge").asDouble()).isCloseTo(9.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(c.get("central").asDouble()).isCloseTo(9.0, org.assertj.core.api.Assertions.within(1e-9));
        JsonNode u = root.get("nodes").get(3);
        assertThat(u.get("id").asString()).isEqualTo("n4");
        assertThat(u.get("label").asString()).isEqualTo("u");
        assertThat(u.get("op").asString()).isEqualTo("mul");
        assertThat(u.get("value").asDouble()).isEqualTo(6.0);
        assertThat(u.get("grad").asDouble()).isEqualTo(3.0);
        assertThat(u.get("operands").get(0).asString()).isEqualTo("n2");
        assertThat(u.get("operands").get(1).asString()).isEqualTo("n3");
        assertThat(u.get("local").get(0).asDouble()).isEqualTo(2.0);
        assertThat(u.get("local").get(1).asDouble()).isEqualTo(3.0);
        List<String> seen = new ArrayList<>();
        for (JsonNode node : root.get("nodes")) {
            for (JsonNode operand : node.get("operands")) {
                assertThat(seen).contains(operand.asString());
            }
            seen.add(node.get("id").asString());
        }
    }

    @Test
    void jsonWritesNonFiniteNumbersAsStrings() {
        Run run = run("eval", "-e", "x = 0; y = ln(x); J = y*0 + 1/x", "--json");
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertThat(root.get("value").asString()).isEqualTo("NaN");
        assertThat(root.get("nodes").get(1).get("value").asString()).isEqualTo("-Infinity");
        assertThat(root.get("nodes").get(1).get("problem").asString()).isEqualTo("ln of zero is -∞");
    }

    @Test
    void aProgramErrorPrintsPositionLineAndCaretAndExitsWithTwo() {
        Run run = run("eval", "-e", "J = 3*sigmod(x)");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("""
                error: 1:7: Unknown function 'sigmod'. Did you mean 'sigmoid'?
                J = 3*sigmod(x)
                      ^~~~~~
                """);
    }

    @Test
    void anErrorInAFileShowsItsOwnLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.cgraph");
        Files.writeString(file, "a = 5\nb = 3\nJ = a b\n");
        Run run = run("eval", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("""
                error: 3:7: Expect an operator between 'a' and 'b'. To multiply, write a*b (names can have several letters).
                J = a b
                      ^
                """);
    }

    @Test
    void aVariableWithoutAValueIsNamedWithBothWaysToGiveIt() {
        Run run = run("eval", "-e", "3*(a+b*c)", "--set", "a=5", "--set", "b=3");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(
                "error: 1:8: Variable 'c' has no value. Give it one in the program (c = 2) or on the command line (--set c=2).\n");
    }

    @Test
    void settingAVariableTheProgramDoesNotHaveIsAnError() {
        Run run = run("eval", LECTURE_FILE, "--set", "q=1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --set q=1: the program has no variable 'q'; its inputs are a, b, c\n");
        assertThat(run("eval", LECTURE_FILE, "--set", "u=1").err())
                .isEqualTo("error: --set u=1: 'u' is computed by the program, not an input; --set only sets inputs (its inputs are a, b, c)\n");
        assertThat(run("eval", LECTURE_FILE, "--set", "a=five").err())
                .isEqualTo("error: --set a=five: 'five' is not a number; write it like 2, -0.5 or 1e-3\n");
    }

    @Test
    void setOverridesTheProgramsValue() {
        assertThat(run("eval", LECTURE_FILE, "--set", "a=0").out()).startsWith("J = 18\n");
    }

    @Test
    void hCanBeSetAndMustBePositive() {
        assertThat(run("eval", "-e", "a = 2; J = a^2", "--h", "0.1").out()).contains("Nudge check, h = 0.1\n")
                .containsPattern("\n  a +2 +2\\.1 +4 +4\\.41 +0\\.41 +4\\.1 +4 +4 ");
        Run bad = run("eval", "-e", "a = 2; J = a^2", "--h", "0");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("error: --h 0: h must be a positive number, such as 0.001\n");
    }

    @Test
    void theTreeOptionKeepsIdenticalSubexpressionsApart() {
        String program = "a = 1; b = 2; J = (a+b)*(a+b)";
        assertThat(run("eval", "-e", program).out()).contains("Forward pass (2 steps)");
        assertThat(run("eval", "-e", program, "--tree").out()).contains("Forward pass (3 steps)");
    }

    @Test
    void missingOrUnreadableInputIsReportedWithoutAStackTrace() {
        Run neither = run("eval");
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).isEqualTo("error: give either a FILE or -e PROGRAM, not neither\n");
        Run both = run("eval", LECTURE_FILE, "-e", "a");
        assertThat(both.err()).isEqualTo("error: give either a FILE or -e PROGRAM, not both\n");
        Run missing = run("eval", "no-such.cgraph");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error: cannot read 'no-such.cgraph': the file does not exist\n");
        Run directory = run("eval", "resources");
        assertThat(directory.err()).isEqualTo("error: cannot read 'resources': it is a folder\n");
        Run unknownOption = run("eval", "--bogus");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        for (Run run : List.of(neither, both, missing, directory, unknownOption)) {
            assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aVeryLongLineIsCutAroundTheError() {
        String program = "J = " + "a + ".repeat(1000) + "$";
        Run run = run("eval", "-e", program);
        String[] lines = run.err().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("…").hasSizeLessThan(100);
        assertThat(lines[2].indexOf('^')).isEqualTo(lines[1].indexOf('$'));
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
