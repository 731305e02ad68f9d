package studio.backprop.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import studio.backprop.autodiff.PassTimeline;

/**
 * The TikZ exports as LaTeX reads them: each is compiled with pdflatex, which must finish without an
 * error and without dropping a character. Needs pdflatex with the packages the README names; it fails,
 * rather than skips, without them, so a machine that cannot check this does not pass for one that did.
 */
class TikzCompilesTest {

    /** Names and a title with characters outside ASCII: ŷ, θ and é, an em dash, and Cyrillic ж. */
    private static final String PROGRAM = "θ = 0.5\né = 2\nŷ = σ(θ*é)\nL = (ŷ - 1)^2";
    private static final String TITLE = "Régression — ŷ, θ, é, ж";

    @TempDir
    Path folder;

    @BeforeAll
    static void needsPdflatex() {
        assertThat(runs("pdflatex", "--version")).as("pdflatex is not installed. On Debian: apt-get install"
                + " texlive-latex-base texlive-latex-recommended texlive-pictures (.ci/run does this)").isTrue();
    }

    @Test
    void aDocumentWithAccentsGreekAndDashesCompilesKeepingEveryCharacter() throws Exception {
        String tex = export(ExportOptions.DEFAULT.withTitle(TITLE), List.of(timeline().end()));
        assertThat(withoutComments(tex)).as("only ASCII reaches LaTeX").matches("\\p{ASCII}*");
        assertThat(tex).contains("R\\'{e}gression --- \\^{y}, $\\theta$, \\'{e}, \\tikz[").contains("{\\^{y} $\\sigma$}");
        compile("graph.tex", tex);
    }

    @Test
    void theBodyOnlyPictureIsInputIntoAnArticle() throws Exception {
        String body = export(ExportOptions.DEFAULT.withTitle(TITLE).withBodyOnly(true), List.of(timeline().end()));
        assertThat(withoutComments(body)).startsWith("\\begin{tikzpicture}").endsWith("\\end{tikzpicture}\n")
                .contains("\\definecolor{bpD55E00}{HTML}{D55E00}");
        Files.writeString(folder.resolve("graph.tex"), body, StandardCharsets.UTF_8);
        compile("article.tex", "\\documentclass{article}\n\\usepackage{tikz}\n\\begin{document}\nThe graph:\n\n"
                + "\\resizebox{\\linewidth}{!}{\\input{graph.tex}}\n\n\\input{graph.tex}\n\\end{document}\n");
    }

    @Test
    void theBodyOnlyPictureAndItsOverlaysAreInputIntoABeamerDeck() throws Exception {
        PassTimeline timeline = timeline();
        List<Integer> all = IntStream.rangeClosed(0, timeline.end()).boxed().toList();
        Files.writeString(folder.resolve("still.tex"), export(ExportOptions.DEFAULT.withBodyOnly(true),
                List.of(timeline.end())), StandardCharsets.UTF_8);
        String overlays = export(ExportOptions.DEFAULT.withBeamer(true).withBodyOnly(true), all);
        assertThat(withoutComments(overlays)).contains("\\only<2->").doesNotContain("\\documentclass")
                .doesNotContain("\\begin{frame}");
        Files.writeString(folder.resolve("steps.tex"), overlays, StandardCharsets.UTF_8);
        String log = compile("deck.tex", "\\documentclass[aspectratio=169]{beamer}\n\\usepackage{tikz}\n"
                + "\\begin{document}\n\\begin{frame}{A still}\\resizebox{\\linewidth}{!}{\\input{still.tex}}\\end{frame}\n"
                + "\\begin{frame}{Step by step}\\resizebox{\\linewidth}{!}{\\input{steps.tex}}\\end{frame}\n"
                + "\\end{document}\n");
        assertThat(log).as("one page for the still, one per step for the overlays")
                .contains("(" + (1 + all.size()) + " pages");
    }

    @Test
    void beamerSlidesOfTheLectureAreOneFramePerSlideEachFillingIt() throws Exception {
        PassTimeline lecture = ExportFixtures.timeline("lecture");
        List<Integer> all = IntStream.rangeClosed(0, lecture.end()).boxed().toList();
        ExportOptions options = ExportOptions.DEFAULT.withBeamer(true).withSlide(SlideFormat.WIDE).withTitle("{caption}");
        GraphExporter exporter = new GraphExporter(ExportFormat.TIKZ, options);
        int slides = exporter.frames(lecture, exporter.layout(lecture.analysis().graph()), all).size();
        String deck = ExportFixtures.exportText(ExportFormat.TIKZ, options, lecture, all);
        assertThat(deck).contains("\\documentclass[aspectratio=169]{beamer}").contains("\\clip (0,0) rectangle (1280,720);");
        String log = compile("slides.tex", deck);
        assertThat(log).contains("(" + slides + " pages");
    }

    private static PassTimeline timeline() {
        return ExportFixtures.timelineOf(PROGRAM);
    }

    private static String export(ExportOptions options, List<Integer> positions) {
        return ExportFixtures.exportText(ExportFormat.TIKZ, options, timeline(), positions);
    }

    private static String withoutComments(String tex) {
        return tex.replaceAll("(?m)^%.*\\n", "");
    }

    /** Compiles a document in the test's folder and returns its log, failing on any error or lost character. */
    private String compile(String name, String tex) throws IOException, InterruptedException {
        // \tracinglostchars makes pdflatex log every character its fonts lack, which it would skip silently.
        Files.writeString(folder.resolve(name), "\\tracinglostchars=2\n" + tex, StandardCharsets.UTF_8);
        Process latex = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", name)
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(folder.resolve("out.txt").toFile())
                .start();
        assertThat(latex.waitFor(120, TimeUnit.SECONDS)).as("pdflatex finished").isTrue();
        String log = Files.readString(folder.resolve(name.replace(".tex", ".log")), StandardCharsets.ISO_8859_1);
        assertThat(latex.exitValue()).as("pdflatex's exit status; its log:\n" + log).isZero();
        assertThat(log).doesNotContain("Missing character").doesNotContain("Undefined control sequence");
        assertThat(folder.resolve(name.replace(".tex", ".pdf"))).exists();
        return log;
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
