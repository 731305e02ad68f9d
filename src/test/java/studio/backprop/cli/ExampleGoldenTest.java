package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import studio.backprop.io.ExampleCatalog;

/**
 * The readable report of every bundled example, compared with a golden file in
 * src/test/resources/golden. After a deliberate change of format, rerun with
 * {@code -Dgolden.update=true}, read the diff, and commit it.
 */
class ExampleGoldenTest {

    private static final Path EXAMPLES = Path.of("resources/examples");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<String> examples() {
        return ExampleCatalog.all().stream().map(ExampleCatalog.Example::name).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theReportMatchesTheGoldenFile(String example) throws IOException {
        EvalCommandTest.Run run = EvalCommandTest.run("eval", EXAMPLES.resolve(example + ".cgraph").toString());
        // An example that shows a mistake on purpose reports it, as a student would see it.
        boolean mistake = ExampleCatalog.named(example).showsAMistake();
        assertThat(run.exitCode()).isEqualTo(mistake ? 2 : 0);
        String report = mistake ? run.err() : run.out();
        Path golden = GOLDEN.resolve(example + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, report, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
        assertThat(report).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
