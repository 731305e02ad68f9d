package studio.backprop.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import studio.backprop.autodiff.PassTimeline;
import studio.backprop.presentation.Picture;

class PdfExportTest {

    private final PassTimeline lecture = ExportFixtures.timeline("lecture");

    @Test
    void allStepsOfTheLectureMakeTenPagesOfOneSize() throws Exception {
        List<Integer> all = IntStream.rangeClosed(0, lecture.end()).boxed().toList();
        byte[] pdf = ExportFixtures.export(ExportFormat.PDF, ExportOptions.DEFAULT.withTitle("{caption}"), lecture, all);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(10);
            float width = document.getPage(0).getMediaBox().getWidth();
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(width);
            }
        }
    }

    @Test
    void aHandoutIsTitledWithTheProgramNotWithItsFirstCaption() throws Exception {
        List<Integer> all = IntStream.rangeClosed(0, lecture.end()).boxed().toList();
        byte[] pdf = ExportFixtures.export(ExportFormat.PDF, ExportOptions.DEFAULT.withTitle("{caption}"), lecture, all);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Computation graph of a = 5; b = 3; c = 2; u = b*c; v = a + u; J = 3*v, 10 pages");
        }
        byte[] one = ExportFixtures.export(ExportFormat.PDF, ExportOptions.DEFAULT.withTitle("{caption}"), lecture,
                List.of(lecture.afterBackward(4)));
        try (PDDocument document = Loader.loadPDF(one)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Backward 4/6: dc = du · ∂u/∂c = 3 · 3 = 9");
        }
    }

    @Test
    void theTextIsRealTextInTheEmbeddedDejaVuFontWithItsUnicode() throws Exception {
        ExportOptions options = ExportOptions.DEFAULT.withTitle("{caption}");
        byte[] pdf = ExportFixtures.export(ExportFormat.PDF, options, lecture, List.of(lecture.afterBackward(4)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Backward 4/6: dc = du · ∂u/∂c = 3 · 3 = 9").contains("u ×").contains("dv = 3");
            List<String> fonts = new ArrayList<>();
            PDPage page = document.getPage(0);
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).isTrue();
            }
            assertThat(fonts).anyMatch(name -> name.endsWith("DejaVuSans")).anyMatch(name -> name.endsWith("DejaVuSans-Bold"));
        }
    }

    @Test
    void oneStepIsOnePageAsLargeAsTheSvgInPoints() throws Exception {
        byte[] pdf = ExportFixtures.export(ExportFormat.PDF, ExportOptions.DEFAULT, lecture, List.of(lecture.end()));
        GraphExporter exporter = new GraphExporter(ExportFormat.PDF, ExportOptions.DEFAULT);
        Picture picture = exporter.frames(lecture, exporter.layout(lecture.analysis().graph()), List.of(lecture.end()))
                .get(0).picture();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat((double) document.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(picture.width() * 0.75, org.assertj.core.data.Offset.offset(0.01));
        }
    }
}
