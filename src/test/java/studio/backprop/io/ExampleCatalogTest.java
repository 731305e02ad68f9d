package studio.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The catalog is how the app and the tests find the examples, so it must list every bundled file. */
class ExampleCatalogTest {

    @Test
    void everyBundledProgramFileIsInTheCatalog() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("resources/examples"))) {
            var names = files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".cgraph"))
                    .map(name -> name.substring(0, name.length() - ".cgraph".length())).sorted().toList();
            assertThat(ExampleCatalog.all().stream().map(ExampleCatalog.Example::name).sorted().toList())
                    .isEqualTo(names);
        }
    }

    @Test
    void eachExampleHasATitleAndASummaryFromItsFirstTwoComments() {
        ExampleCatalog.Example lecture = ExampleCatalog.named("lecture");
        assertThat(lecture.title()).isNotBlank().doesNotStartWith("#");
        assertThat(lecture.summary()).isNotBlank().doesNotStartWith("#");
        assertThat(lecture.source()).contains("u = b*c");
    }
}
