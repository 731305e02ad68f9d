package studio.backprop.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import studio.backprop.autodiff.PassTimeline;
import studio.backprop.layout.Drawing;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.Shape;
import studio.backprop.presentation.Theme;

class GraphExporterTest {

    private final PassTimeline lecture = ExportFixtures.timeline("lecture");

    @TempDir
    Path folder;

    @Test
    void allStepsInAOneFrameFormatAreNumberedFilesNamedAfterTheOutput() throws Exception {
        GraphExporter exporter = new GraphExporter(ExportFormat.SVG, ExportOptions.DEFAULT);
        List<Path> written = exporter.export(lecture, exporter.layout(lecture.analysis().graph()), StepChoice.ALL,
                folder.resolve("graph.svg"), null);
        assertThat(written).extracting(path -> path.getFileName().toString()).containsExactly("graph-01.svg",
                "graph-02.svg", "graph-03.svg", "graph-04.svg", "graph-05.svg", "graph-06.svg", "graph-07.svg",
                "graph-08.svg", "graph-09.svg", "graph-10.svg");
        assertThat(folder.resolve("graph.svg")).doesNotExist();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).hasSize(10);
        }
        assertThat(Files.readString(folder.resolve("graph-01.svg"))).as("nothing computed yet").contains(">?</text>");
        assertThat(Files.readString(folder.resolve("graph-10.svg"))).contains(">da = 3</text>");
    }

    @Test
    void allStepsAsPdfAreOneFileWithAPagePerStep() throws Exception {
        GraphExporter exporter = new GraphExporter(ExportFormat.PDF, ExportOptions.DEFAULT);
        Path out = folder.resolve("handout.pdf");
        assertThat(exporter.export(lecture, exporter.layout(lecture.analysis().graph()), StepChoice.ALL, out, null))
                .containsExactly(out);
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(10);
        }
    }

    @Test
    void allStepsAsBeamerAreOneSlideWithAnOverlayPerStep() throws Exception {
        GraphExporter exporter = new GraphExporter(ExportFormat.TIKZ, ExportOptions.DEFAULT.withBeamer(true));
        Path out = folder.resolve("slide.tex");
        exporter.export(lecture, exporter.layout(lecture.analysis().graph()), StepChoice.ALL, out, null);
        String tex = Files.readString(out);
        assertThat(tex).contains("\\documentclass[aspectratio=169]{beamer}").contains("\\only<10>{}").doesNotContain("\\only<11");
    }

    @Test
    void numberedFilesGetMoreDigitsWhenThereAreHundredsAndKeepAnyExtension() {
        assertThat(GraphExporter.numberedFiles(Path.of("out/g.tex"), 120)).element(0).isEqualTo(Path.of("out/g-001.tex"));
        assertThat(GraphExporter.numberedFiles(Path.of("graph"), 3)).containsExactly(Path.of("graph-01"),
                Path.of("graph-02"), Path.of("graph-03"));
    }

    @Test
    void theProjectorThemeLaysOutLargerTypeAndThickerLines() {
        GraphExporter light = new GraphExporter(ExportFormat.SVG, ExportOptions.DEFAULT);
        GraphExporter projector = new GraphExporter(ExportFormat.SVG, ExportOptions.DEFAULT.withTheme(Theme.PROJECTOR));
        Drawing small = light.layout(lecture.analysis().graph());
        Drawing large = projector.layout(lecture.analysis().graph());
        assertThat(large.fontSize()).isEqualTo(small.fontSize() * 1.5);
        Shape.Box output = outputBox(projector.frames(lecture, large, List.of(0)).get(0).picture());
        assertThat(output.stroke().width()).isEqualTo(3.5 * 2.2);
    }

    @Test
    void aStepOutOfRangeSaysWhichStepsThereAre() {
        GraphExporter exporter = new GraphExporter(ExportFormat.SVG, ExportOptions.DEFAULT);
        Drawing drawing = exporter.layout(lecture.analysis().graph());
        assertThatThrownBy(() -> exporter.export(lecture, drawing, StepChoice.parse("backward:7"), folder.resolve("x.svg"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("backward:7 is out of range: the backward pass has 6 steps, so K goes from 1 to 6");
        assertThat(folder.resolve("x.svg")).doesNotExist();
    }

    private static Shape.Box outputBox(Picture picture) {
        return picture.parts().stream().filter(part -> part.id().equals("n7")).findFirst().orElseThrow()
                .shapes().stream().filter(Shape.Box.class::isInstance).map(Shape.Box.class::cast).findFirst().orElseThrow();
    }
}
