package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backprop-studio plot: the nudge panel's two plots as files, and what it says when asked wrongly. */
class PlotCommandTest {

    @TempDir
    Path folder;

    private String out(String name) {
        return folder.resolve(name).toString();
    }

    @Test
    void theSlopePictureOfTheLecturesBIsTheTangentOfSlopeSixAndItsTriangle() {
        EvalCommandTest.Run run = EvalCommandTest.run("plot", EvalCommandTest.LECTURE_FILE, "--input", "b", "-o", out("b.svg"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + out("b.svg") + "\n");
        // J = 3(a + bc) with c = 2: dJ/db = 6, and a nudge of 0.001 moves J by 0.006 exactly.
        assertThat(folder.resolve("b.svg")).content().contains("J against b", "b = 3", "backprop's slope 6",
                "Δb = 0.001", "ΔJ = 0.006");
    }

    @Test
    void theHPlotMarksTheHGivenAndScalesItsPixels() throws Exception {
        EvalCommandTest.Run run = EvalCommandTest.run("plot", "-e", "J = ln(a)", "--set", "a=0.5", "--what", "h",
                "--h", "1e-6", "--size", "400x300", "--scale", "2", "-o", out("h.png"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(folder.resolve("h.png").toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
    }

    @Test
    void anUnknownInputNamesTheInputsThereAre() {
        EvalCommandTest.Run run = EvalCommandTest.run("plot", EvalCommandTest.LECTURE_FILE, "--input", "d", "-o", out("d.svg"));
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--input d", "its inputs are a, b, c").doesNotContain("Exception");
        assertThat(folder.resolve("d.svg")).doesNotExist();
    }

    @Test
    void aFormatThatCannotHoldAPlotSaysWhichCan() {
        EvalCommandTest.Run run = EvalCommandTest.run("plot", EvalCommandTest.LECTURE_FILE, "-o", out("slope.tex"));
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains(".png, .svg or .pdf");
    }

    @Test
    void aPlotGoesIntoAPdfAsTrainingsPlotsDo() throws Exception {
        EvalCommandTest.Run run = EvalCommandTest.run("plot", EvalCommandTest.LECTURE_FILE, "-o", out("slope.pdf"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(new String(java.nio.file.Files.readAllBytes(folder.resolve("slope.pdf")), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF");
    }

    @Test
    void anUnknownPlotSaysWhichThereAre() {
        EvalCommandTest.Run run = EvalCommandTest.run("plot", EvalCommandTest.LECTURE_FILE, "--what", "curve", "-o", out("x.svg"));
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--what curve", "slope or h");
    }
}
