package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import studio.backprop.layout.SamplePrograms;

/**
 * Exporting programs far beyond a lecture: a chain of 10,000 steps is drawn (it used to end in a
 * 1,000-line StackOverflowError trace), a 10,000-node shared-input DAG is refused in one line that
 * says why and where its numbers are, and eval works for both.
 */
class BigExportTest {

    @TempDir
    Path folder;

    private Path program(String name, String source) throws IOException {
        return Files.writeString(folder.resolve(name), source);
    }


    @Test
    void aChainOfTenThousandStepsIsExported() throws IOException {
        Path file = program("chain.cgraph", SamplePrograms.chain(10_000));
        Path svg = folder.resolve("chain.svg");
        EvalCommandTest.Run run = EvalCommandTest.run("export", file.toString(), "-o", svg.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + svg + "\n");
        assertThat(Files.readString(svg)).contains("id=\"n10001\"");
    }

    @Test
    void aPngTooLargeToMakeSaysHowLargeTheLimitAndWhatToDoInstead() throws IOException {
        Path file = program("chain.cgraph", SamplePrograms.chain(10_000));
        Path png = folder.resolve("chain.png");
        EvalCommandTest.Run run = EvalCommandTest.run("export", file.toString(), "--scale", "4", "-o", png.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: the picture would be ").contains(" × 352 pixels (")
                .endsWith(" megapixels) at scale 4, more than the 2,147 megapixels a PNG file may have (as many as one "
                        + "Java image holds); export it as SVG or PDF instead, which stay sharp at any size, or choose a "
                        + "smaller scale\n");
        assertThat(png).doesNotExist();
    }

    @Test
    void aDagTooLargeToDrawIsRefusedInOneLineAndEvalStillWorks() throws IOException {
        Path file = program("dag.cgraph", SamplePrograms.sharedInputs(10_000, new Random(10_000)));
        Path svg = folder.resolve("dag.svg");
        EvalCommandTest.Run export = EvalCommandTest.run("export", file.toString(), "-o", svg.toString());
        assertThat(export.exitCode()).isEqualTo(2);
        assertThat(export.err()).isEqualTo("error: this graph is too large to draw: it has 927,927 cells (its 9,949 "
                + "nodes and the bends of its long edges), and a picture of more than 300,000 would take minutes to lay "
                + "out. Its numbers are all there: eval prints them.\n");
        assertThat(svg).doesNotExist();
        EvalCommandTest.Run eval = EvalCommandTest.run("eval", file.toString(), "--json");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        assertThat(eval.out()).contains("\"output\" : \"J\"", "\"x1\" : {");
    }
}
