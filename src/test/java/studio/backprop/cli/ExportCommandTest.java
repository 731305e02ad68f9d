package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportCommandTest {

    private static final String LECTURE = EvalCommandTest.LECTURE_FILE;

    @TempDir
    Path folder;

    private String out(String name) {
        return folder.resolve(name).toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"png, graph.png", "svg, graph.svg", "pdf, graph.pdf", "tikz, graph.tex", "dot, graph.dot"})
    void eachFormatWritesItsFileAndSaysSo(String format, String name) {
        EvalCommandTest.Run run = EvalCommandTest.run("export", LECTURE, "--format", format, "-o", out(name));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + out(name) + "\n");
        assertThat(folder.resolve(name)).isNotEmptyFile();
    }

    @Test
    void theFormatCanComeFromTheFileName() {
        EvalCommandTest.Run run = EvalCommandTest.run("export", "-e", "3*(a+b*c)", "--set", "a=5", "--set", "b=3",
                "--set", "c=2", "-o", out("graph.svg"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(folder.resolve("graph.svg")).content().contains(">33</text>");
    }

    @Test
    void allStepsWriteNumberedFiles() throws Exception {
        EvalCommandTest.Run run = EvalCommandTest.run("export", LECTURE, "--step", "all", "-o", out("graph.png"),
                "--scale", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()).sorted())
                    .containsExactly("graph-01.png", "graph-02.png", "graph-03.png", "graph-04.png", "graph-05.png",
                            "graph-06.png", "graph-07.png", "graph-08.png", "graph-09.png", "graph-10.png");
        }
        BufferedImage first = ImageIO.read(folder.resolve("graph-01.png").toFile());
        assertThat(first.getWidth()).isGreaterThan(1000);
    }

    @Test
    void slidesOfABigGraphAreManyPagesOfOneSlideShape() throws Exception {
        EvalCommandTest.Run run = EvalCommandTest.run("export", "resources/examples/network-2-3-1.cgraph", "--slide", "16:9",
                "--step", "backward:3", "-o", out("net.pdf"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var document = org.apache.pdfbox.Loader.loadPDF(folder.resolve("net.pdf").toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            var box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth() / box.getHeight()).isCloseTo(16 / 9f, org.assertj.core.data.Offset.offset(1e-4f));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--slide 3 --format svg | --slide '3' is not a slide shape; write 16:9 or 4:3",
        "--slide 16:0 --format svg | --slide 16:0 is not the shape of a slide; write 16:9 or 4:3",
        "--slide 16:9 --format dot | --slide makes PNG, SVG, PDF or TikZ slides",
        "--slide 16:9 --format tikz --body-only | --slide makes whole slides and --body-only a picture",
        "--body-only --format svg | --body-only writes a tikzpicture to \\input into LaTeX, so it needs --format tikz"})
    void slideAndBodyOnlyMistakesAreExplained(String options, String message) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("export", LECTURE, "-o", out("x.out")));
        args.addAll(java.util.List.of(options.split(" ")));
        EvalCommandTest.Run run = EvalCommandTest.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception");
    }

    @Test
    void edgesCanWriteTheirFormulasAndTheCaptionThenWritesThemFirst() {
        EvalCommandTest.Run run = EvalCommandTest.run("export", LECTURE, "--edge-labels", "formulas", "--title", "{caption}",
                "-o", out("graph.svg"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(folder.resolve("graph.svg")).content().contains(">c</text>", ">b</text>",
                "da = dv · ∂v/∂a = dv · 1 = 3 · 1 = 3").doesNotContain(">c = 2</text>");
        EvalCommandTest.Run wrong = EvalCommandTest.run("export", LECTURE, "--edge-labels", "symbols", "-o", out("x.svg"));
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).isEqualTo("error: --edge-labels symbols: unknown choice; choose one of numbers, formulas, both\n");
    }

    @Test
    void switchesHideNumbersAndAddATitle() {
        EvalCommandTest.Run run = EvalCommandTest.run("export", LECTURE, "-o", out("g.svg"), "--no-values",
                "--no-gradients", "--no-locals", "--title", "{program}", "--step", "backward:4");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(folder.resolve("g.svg")).content()
                .contains(">a = 5; b = 3; c = 2; u = b*c; v = a + u; J = 3*v</text>")
                .doesNotContain(">33</text>").doesNotContain("dv = 3");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--format gif | error: --format gif: unknown format; choose one of png, svg, pdf, tikz, dot",
        "--theme neon | error: --theme neon: unknown theme; choose one of light, dark, projector",
        "--scale 5 | error: --scale 5: the scale must be a number from 1 to 4, such as 2",
        "--scale big | error: --scale big: the scale must be a number from 1 to 4, such as 2",
        "--step forward:4 | error: --step forward:4 is out of range: the forward pass has 3 steps, so K goes from 1 to 3",
        "--step backward:0 | error: --step backward:0 is out of range: the backward pass has 6 steps, so K goes from 1 to 6",
        "--step later | error: --step later: 'later' is not a step; write final, start, forward:K, backward:K or all",
        "--edges wavy | error: --edges wavy: unknown edge shape; choose one of orthogonal, splines",
        "--beamer | error: --beamer makes a Beamer slide, so it needs --format tikz"})
    void badInputExitsWithTwoAndAClearMessage(String option, String message) {
        String[] words = option.split(" ");
        String[] args = Stream.concat(Stream.of("export", LECTURE, "-o", out("g.svg")), Stream.of(words)).toArray(String[]::new);
        EvalCommandTest.Run run = EvalCommandTest.run(args);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(message + "\n");
        assertThat(folder.resolve("g.svg")).doesNotExist();
    }

    @Test
    void anUnknownExtensionNeedsAFormat() {
        EvalCommandTest.Run run = EvalCommandTest.run("export", LECTURE, "-o", out("graph.gif"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: cannot tell the format from 'graph.gif'; add --format with one of "
                + "png, svg, pdf, tikz, dot\n");
    }

    @Test
    void anUnwritableOutputIsReportedWithoutAStackTrace() {
        String target = out("missing/graph.svg");
        EvalCommandTest.Run run = EvalCommandTest.run("export", LECTURE, "-o", target);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: cannot write '" + target + "': the folder '"
                + folder.resolve("missing") + "' does not exist\n");
    }

    @Test
    void aProgramErrorPointsAtIt() {
        EvalCommandTest.Run run = EvalCommandTest.run("export", "-e", "J = 3*sigmod(x)", "-o", out("g.svg"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: 1:7: Unknown function 'sigmod'.");
    }
}
