package studio.backprop.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import studio.backprop.autodiff.PassTimeline;
import studio.backprop.io.FileProblem;
import studio.backprop.layout.Drawing;
import studio.backprop.presentation.Picture;

/**
 * Exports where the disk, the temporary folder or the picture's size is against us: a clear
 * refusal or a clear error, never a trace, and never an export over the program it was made from.
 */
class HostileExportTest {

    private final PassTimeline lecture = ExportFixtures.timeline("lecture");

    @TempDir
    Path folder;

    @Test
    void aPictureTooLargeForMemoryIsRefusedWithItsSizeTheLimitAndWhatToDoInstead() {
        Picture huge = new Picture(2_500_000, 90_000, "#ffffff", List.of());
        assertThatThrownBy(() -> new PngWriter(4, false).render(huge)).isInstanceOf(PictureTooLarge.class)
                .hasMessageStartingWith("the picture would be 10,000,000 × 360,000 pixels (3,600,000 megapixels) "
                        + "at scale 4, more than the ")
                .hasMessageEndingWith("export it as SVG or PDF instead, which stay sharp at any size, or choose a "
                        + "smaller scale");
        assertThat(PngWriter.mostPixels()).isLessThanOrEqualTo(Integer.MAX_VALUE)
                .isGreaterThanOrEqualTo(Runtime.getRuntime().maxMemory() / 13);
    }

    @Test
    void aPngFileTooWideForABandOfItsRowsIsRefusedBeforeAnythingIsWritten() {
        long widest = PngWriter.mostPixels() / StreamedPng.BAND_ROWS;
        Picture wide = new Picture(widest + 1, 10, "#ffffff", List.of());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertThatThrownBy(() -> new PngWriter(1, false).write(List.of(new Frame(null, null, null, wide)), out))
                .isInstanceOf(PictureTooLarge.class)
                .hasMessageStartingWith(String.format(java.util.Locale.ROOT, "the picture would be %,d × 10 pixels at "
                        + "scale 1, wider than the %,d pixels a PNG can be in the memory Java has", widest + 1, widest));
        assertThat(out.size()).isZero();
    }

    // A PNG never goes through the temporary folder (ImageIO's file cache once did, and broke on a full
    // java.io.tmpdir): the command line is tried with a full one in ExportProcessTest.

    @Test
    void aPngThatCannotBeWrittenFailsWithTheWritersReasonAlone() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        GraphExporter exporter = new GraphExporter(ExportFormat.PNG, ExportOptions.DEFAULT);
        assertThatThrownBy(() -> exporter.write(lecture, exporter.layout(lecture.analysis().graph()), List.of(0), full))
                .isInstanceOf(IOException.class).hasMessage("No space left on device");
    }

    @Test
    void anExportIsNeverWrittenOverTheProgramItWasMadeFrom() throws IOException {
        Path program = Files.writeString(folder.resolve("lecture.cgraph"), "a = 5\nJ = 2*a\n");
        Path link = Files.createSymbolicLink(folder.resolve("link.cgraph"), program);
        GraphExporter exporter = new GraphExporter(ExportFormat.PNG, ExportOptions.DEFAULT);
        Drawing drawing = exporter.layout(lecture.analysis().graph());
        for (Path target : List.of(program, folder.resolve("./lecture.cgraph"), link)) {
            assertThatThrownBy(() -> exporter.export(lecture, drawing, StepChoice.FINAL, target, program))
                    .isInstanceOf(FileProblem.class)
                    .hasMessage("cannot write '" + target + "': it is the program the picture is made from; "
                            + "choose another name for the picture");
        }
        assertThat(Files.readString(program)).isEqualTo("a = 5\nJ = 2*a\n");
        assertThat(exporter.export(lecture, drawing, StepChoice.FINAL, folder.resolve("lecture.png"), program))
                .containsExactly(folder.resolve("lecture.png"));
    }
}
