package studio.backprop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.NudgeCheck;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.layout.ElkLayeredLayout;

/**
 * What a command costs below its command line, for {@link ProcessBenchmark}'s {@code floors} row:
 * {@code nothing} (the JVM with the jar on its class path), {@code eval FILE} (eval's own work:
 * read, compile, both passes, the nudges, the text report, without picocli) and {@code layout FILE}
 * (read, compile and the export's one ELK layout, nothing written).
 */
public final class CommandFloors {

    private CommandFloors() {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "nothing" -> {
            }
            case "eval" -> {
                ComputationGraph graph = compile(args[1]);
                Analysis analysis = Analysis.of(ProgramInput.values(graph, List.of()));
                PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
                TextReport.write(analysis, NudgeCheck.all(analysis.gradients(), 0.001), out);
                out.flush();
            }
            case "layout" -> System.out.println(new ElkLayeredLayout().layout(compile(args[1])).boxes().size() + " boxes");
            default -> throw new IllegalArgumentException("floors: nothing, eval FILE or layout FILE");
        }
    }

    private static ComputationGraph compile(String file) throws IOException {
        return GraphBuilder.compile(Files.readString(Path.of(file)), BuildOptions.MERGED);
    }
}
