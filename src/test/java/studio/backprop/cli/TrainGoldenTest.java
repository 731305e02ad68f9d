package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import studio.backprop.io.ExampleCatalog;
import studio.backprop.training.TrainingHint;

/**
 * {@code train} on every bundled example that learns, with the settings its "# train:" line gives,
 * compared with a golden file in src/test/resources/golden/train. Rerun with
 * {@code -Dgolden.update=true} after a deliberate change, and read the diff.
 */
class TrainGoldenTest {

    private static final Path EXAMPLES = Path.of("resources/examples");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/train");

    static Stream<String> examples() {
        return ExampleCatalog.programs().stream().filter(example -> example.source().contains("learn "))
                .map(ExampleCatalog.Example::name).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theTrainingReportMatchesTheGoldenFile(String example) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("train", EXAMPLES.resolve(example + ".cgraph").toString()));
        arguments.addAll(List.of(TrainingHint.of(ExampleCatalog.named(example).source()).arguments()));
        EvalCommandTest.Run run = EvalCommandTest.run(arguments.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path golden = GOLDEN.resolve(example + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
        assertThat(run.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
