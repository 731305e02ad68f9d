package studio.backprop.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import studio.backprop.autodiff.PassTimeline;
import studio.backprop.layout.EdgeLabels;
import studio.backprop.presentation.FrameContent;
import studio.backprop.presentation.Theme;

/**
 * The text formats of every bundled example at its final step, compared with golden files in
 * src/test/resources/golden/export. After a deliberate change of the exporters (or of the layout's
 * box sizes), rerun with {@code -Dgolden.update=true}, look at the diff and at a rendering, and
 * commit it.
 */
class ExportGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/export");

    static Stream<String> examples() throws IOException {
        return ExportFixtures.examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theSvgMatchesTheGoldenFile(String example) throws IOException {
        assertGolden(example + ".svg", exportFinal(ExportFormat.SVG, example));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theTikzMatchesTheGoldenFile(String example) throws IOException {
        assertGolden(example + ".tex", exportFinal(ExportFormat.TIKZ, example));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theDotMatchesTheGoldenFile(String example) throws IOException {
        assertGolden(example + ".dot", exportFinal(ExportFormat.DOT, example));
    }

    @Test
    void theLectureAsABeamerSlideWithCaptionsMatchesTheGoldenFile() throws IOException {
        PassTimeline timeline = ExportFixtures.timeline("lecture");
        List<Integer> all = IntStream.rangeClosed(0, timeline.end()).boxed().toList();
        ExportOptions options = ExportOptions.DEFAULT.withBeamer(true).withTitle("{caption}");
        assertGolden("lecture-beamer.tex", ExportFixtures.exportText(ExportFormat.TIKZ, options, timeline, all));
    }

    @Test
    void theLectureInTheProjectorThemeMatchesTheGoldenFile() throws IOException {
        PassTimeline timeline = ExportFixtures.timeline("lecture");
        ExportOptions options = ExportOptions.DEFAULT.withTheme(Theme.PROJECTOR).withTitle("{program}");
        assertGolden("lecture-projector.svg",
                ExportFixtures.exportText(ExportFormat.SVG, options, timeline, List.of(timeline.afterBackward(4))));
    }

    @Test
    void theLectureWithFormulasBesideTheNumbersMatchesTheGoldenFiles() throws IOException {
        PassTimeline timeline = ExportFixtures.timeline("lecture");
        ExportOptions options = ExportOptions.DEFAULT.withTitle("{caption}")
                .withShown(FrameContent.Shown.ALL.writing(EdgeLabels.BOTH));
        List<Integer> step = List.of(timeline.afterBackward(4));
        String svg = ExportFixtures.exportText(ExportFormat.SVG, options, timeline, step);
        assertThat(svg).as("∂u/∂c = b once dc is computed, ∂u/∂b not yet").contains(">b = 3<", "dc = du · ∂u/∂c = du · b = 3 · 3 = 9")
                .doesNotContain(">c = 2<");
        assertGolden("lecture-formulas.svg", svg);
        assertGolden("lecture-formulas.tex", ExportFixtures.exportText(ExportFormat.TIKZ, options, timeline, step));
        assertGolden("lecture-formulas.dot", ExportFixtures.exportText(ExportFormat.DOT, options, timeline, step));
    }

    @Test
    void theOutputDoesNotDependOnTheLocale() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertGolden("lecture.svg", exportFinal(ExportFormat.SVG, "lecture"));
            assertGolden("lecture.tex", exportFinal(ExportFormat.TIKZ, "lecture"));
            assertGolden("lecture.dot", exportFinal(ExportFormat.DOT, "lecture"));
        } finally {
            Locale.setDefault(before);
        }
    }

    private static String exportFinal(ExportFormat format, String example) {
        PassTimeline timeline = ExportFixtures.timeline(example);
        return ExportFixtures.exportText(format, ExportOptions.DEFAULT, timeline, List.of(timeline.end()));
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
