package studio.backprop.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import studio.backprop.autodiff.PassTimeline;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.Shape;
import studio.backprop.presentation.Theme;

class PngExportTest {

    private final PassTimeline lecture = ExportFixtures.timeline("lecture");

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(doubles = {1, 2, 3, 4, 1.5})
    void thePngIsTheDrawingsSizeTimesTheScale(double scale) throws Exception {
        ExportOptions options = ExportOptions.DEFAULT.withScale(scale);
        BufferedImage image = read(ExportFixtures.export(ExportFormat.PNG, options, lecture, List.of(lecture.end())));
        Picture picture = picture(options);
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(picture.width() * scale));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(picture.height() * scale));
        assertThat(image.getWidth()).isBetween((int) (picture.width() * scale), (int) (picture.width() * scale) + 1);
    }

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(doubles = {1, 4})
    void thePngRecordsItsResolutionSoSlidesPlaceItAtTheSameSize(double scale) throws Exception {
        byte[] png = ExportFixtures.export(ExportFormat.PNG, ExportOptions.DEFAULT.withScale(scale), lecture, List.of(0));
        try (ImageInputStream stream = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(stream).next();
            reader.setInput(stream);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode physical = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertThat(physical.getAttribute("unitSpecifier")).isEqualTo("meter");
            assertThat(Double.parseDouble(physical.getAttribute("pixelsPerUnitXAxis")) * 0.0254)
                    .isCloseTo(96 * scale, org.assertj.core.data.Offset.offset(0.1));
        }
    }

    @Test
    void theBackgroundIsTheThemesOrTransparent() throws Exception {
        BufferedImage light = read(ExportFixtures.export(ExportFormat.PNG, ExportOptions.DEFAULT, lecture, List.of(0)));
        assertThat(light.getRGB(1, 1)).isEqualTo(0xffffffff);
        ExportOptions dark = ExportOptions.DEFAULT.withTheme(Theme.DARK);
        assertThat(read(ExportFixtures.export(ExportFormat.PNG, dark, lecture, List.of(0))).getRGB(1, 1)).isEqualTo(0xff15191e);
        ExportOptions transparent = ExportOptions.DEFAULT.withTransparent(true);
        BufferedImage clear = read(ExportFixtures.export(ExportFormat.PNG, transparent, lecture, List.of(0)));
        assertThat(clear.getRGB(1, 1) >>> 24).as("alpha").isZero();
    }

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(doubles = {1, 1.5, 3})
    void theLastPixelColumnAndRowAreOpaque(double scale) throws Exception {
        ExportOptions options = ExportOptions.DEFAULT.withScale(scale).withTitle("{caption}");
        BufferedImage image = read(ExportFixtures.export(ExportFormat.PNG, options, lecture, List.of(lecture.end())));
        assertThat(picture(options).width() * scale % 1).as("the picture's width is not whole pixels").isNotZero();
        for (int y = 0; y < image.getHeight(); y++) {
            assertThat(image.getRGB(image.getWidth() - 1, y) >>> 24).as("alpha at the right edge, row " + y).isEqualTo(255);
        }
        for (int x = 0; x < image.getWidth(); x++) {
            assertThat(image.getRGB(x, image.getHeight() - 1) >>> 24).as("alpha at the bottom, column " + x).isEqualTo(255);
        }
    }

    @Test
    void theTextIsPaintedInTheNodesBoxes() throws Exception {
        Picture picture = picture(ExportOptions.DEFAULT);
        Shape.Text label = picture.shapes().stream().filter(Shape.Text.class::isInstance).map(Shape.Text.class::cast)
                .filter(text -> text.text().equals("J ×")).findFirst().orElseThrow();
        BufferedImage image = read(ExportFixtures.export(ExportFormat.PNG, ExportOptions.DEFAULT, lecture, List.of(lecture.end())));
        int x = (int) label.anchor().x();
        int y = (int) label.anchor().y() - 4;
        boolean inked = false;
        for (int dx = -20; dx <= 20 && !inked; dx++) {
            inked = (image.getRGB(x + dx, y) & 0xffffff) < 0x404040;
        }
        assertThat(inked).as("dark text pixels on the label line of J").isTrue();
    }

    private Picture picture(ExportOptions options) {
        GraphExporter exporter = new GraphExporter(ExportFormat.PNG, options);
        return exporter.frames(lecture, exporter.layout(lecture.analysis().graph()), List.of(lecture.end())).get(0).picture();
    }

    private static BufferedImage read(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
