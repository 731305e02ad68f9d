package studio.backprop.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.backprop.autodiff.PassTimeline;
import studio.backprop.graph.Node;
import studio.backprop.presentation.BundledFont;
import studio.backprop.presentation.Theme;

/**
 * Slide exports read from the back row: every digit on every slide is at least 3% of the slide's
 * height, measured from the SVG files written, with the digits' height taken from the font by
 * Java2D; a graph too big for that is split or cropped, and nothing is lost on the way.
 */
class SlideExportTest {

    private static final Pattern TEXT = Pattern.compile("<text [^>]*font-size=\"([0-9.]+)\"[^>]*>([^<]*)</text>");
    private static final Pattern SIZE = Pattern.compile("<svg [^>]*width=\"([0-9.]+)\" height=\"([0-9.]+)\"");
    private static final Pattern NODE = Pattern.compile("<g id=\"(n\\d+)\">");

    /** How tall the digits 0-9 stand, per pixel of font size, as Java2D measures DejaVu Sans. */
    private static double digitsPerPixel;

    @TempDir
    Path folder;

    @BeforeAll
    static void measureTheDigits() throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BundledFont.REGULAR.bytes())).deriveFont(1000f);
        Rectangle2D ink = font.createGlyphVector(new FontRenderContext(null, true, true), "0123456789").getVisualBounds();
        digitsPerPixel = -ink.getMinY() / 1000;
        assertThat(digitsPerPixel).as("DejaVu Sans digits are about 0.73 em tall").isBetween(0.70, 0.76);
    }

    @ParameterizedTest(name = "{0}, {1} theme")
    @CsvSource({"network-2-3-1, light, 0.03", "logistic-regression, light, 0.03", "network-2-3-1, projector, 0.045",
        "logistic-regression, projector, 0.045", "lecture, light, 0.03"})
    void everyDigitOnEverySlideIsAtLeastThreePercentOfTheSlidesHeight(String example, String theme, double share)
            throws Exception {
        ExportOptions options = ExportOptions.DEFAULT.withSlide(SlideFormat.WIDE).withTitle("{caption}")
                .withTheme(Theme.byId(theme).orElseThrow());
        List<String> slides = export(example, options, StepChoice.ALL);
        assertThat(slides.size()).isGreaterThan(ExportFixtures.timeline(example).end());
        double smallest = Double.MAX_VALUE;
        for (String svg : slides) {
            Matcher size = SIZE.matcher(svg);
            assertThat(size.find()).isTrue();
            assertThat(Double.parseDouble(size.group(1)) / Double.parseDouble(size.group(2))).isCloseTo(16 / 9.0, within(1e-4));
            double height = Double.parseDouble(size.group(2));
            Matcher text = TEXT.matcher(svg);
            while (text.find()) {
                if (!text.group(2).matches(".*\\d.*")) continue;
                smallest = Math.min(smallest, Double.parseDouble(text.group(1)) * digitsPerPixel / height);
            }
        }
        assertThat(smallest).as("the smallest digit's height over the slide's").isGreaterThanOrEqualTo(share);
    }

    @Test
    void theStartOfABigGraphIsSplitOverSlidesThatTogetherShowEveryNode() throws Exception {
        ExportOptions options = ExportOptions.DEFAULT.withSlide(SlideFormat.WIDE);
        List<String> slides = export("network-2-3-1", options, StepChoice.parse("start"));
        Set<String> shown = new HashSet<>();
        slides.forEach(svg -> NODE.matcher(svg).results().forEach(match -> shown.add(match.group(1))));
        Set<String> all = new HashSet<>();
        ExportFixtures.timeline("network-2-3-1").analysis().graph().nodes().forEach(node -> all.add(node.id()));
        assertThat(slides).hasSizeGreaterThan(1);
        assertThat(shown).isEqualTo(all);
    }

    @Test
    void aStepOfABigGraphIsCroppedToTheNodeItComputesAndItsOperands() throws Exception {
        PassTimeline timeline = ExportFixtures.timeline("network-2-3-1");
        int position = timeline.afterForward(3);
        Node active = timeline.activeNode(position);
        assertThat(active.label()).isEqualTo("w");
        ExportOptions options = ExportOptions.DEFAULT.withSlide(SlideFormat.WIDE);
        List<String> slides = export("network-2-3-1", options, StepChoice.parse("forward:3"));
        assertThat(slides).hasSize(1);
        List<String> ids = NODE.matcher(slides.get(0)).results().map(match -> match.group(1)).toList();
        List<String> wanted = new ArrayList<>(List.of(active.id()));
        timeline.analysis().graph().operands(active).forEach(operand -> wanted.add(operand.id()));
        assertThat(ids).containsAll(wanted).hasSizeLessThan(timeline.analysis().graph().size() / 2);
    }

    @Test
    void aGraphThatFitsIsOneSlidePerStepWithTheSameViewOnEach() throws Exception {
        String program = "a = 2\nb = 3\nJ = a*b";
        PassTimeline timeline = ExportFixtures.timelineOf(program);
        GraphExporter exporter = new GraphExporter(ExportFormat.SVG, ExportOptions.DEFAULT.withSlide(SlideFormat.WIDE));
        var frames = exporter.frames(timeline, exporter.layout(timeline.analysis().graph()),
                StepChoice.ALL.positions(timeline));
        assertThat(frames).hasSize(timeline.end() + 1);
        assertThat(frames).extracting(Frame::view).containsOnly(frames.get(0).view());
        assertThat(frames.get(0).picture().height()).isEqualTo(SlideFormat.HEIGHT);
    }

    @Test
    void aPngSlideAtScaleOneAndAHalfIsFullHd() throws Exception {
        ExportOptions options = ExportOptions.DEFAULT.withSlide(SlideFormat.WIDE).withScale(1.5);
        GraphExporter exporter = new GraphExporter(ExportFormat.PNG, options);
        PassTimeline timeline = ExportFixtures.timeline("lecture");
        List<Path> files = exporter.export(timeline, exporter.layout(timeline.analysis().graph()),
                StepChoice.parse("forward:2"), folder.resolve("slide.png"), null);
        var image = javax.imageio.ImageIO.read(files.get(0).toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);
    }

    private List<String> export(String example, ExportOptions options, StepChoice steps) throws Exception {
        PassTimeline timeline = ExportFixtures.timeline(example);
        GraphExporter exporter = new GraphExporter(ExportFormat.SVG, options);
        List<Path> files = exporter.export(timeline, exporter.layout(timeline.analysis().graph()), steps,
                folder.resolve(example + ".svg"), null);
        List<String> slides = new ArrayList<>();
        for (Path file : files) slides.add(Files.readString(file, StandardCharsets.UTF_8));
        return slides;
    }
}
