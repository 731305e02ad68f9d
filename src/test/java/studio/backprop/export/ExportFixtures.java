package studio.backprop.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.InputValues;
import studio.backprop.autodiff.PassTimeline;
import studio.backprop.expr.Parser;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.layout.Drawing;

/** The bundled examples, ready to export. */
final class ExportFixtures {

    static final Path EXAMPLES = Path.of("resources/examples");

    private ExportFixtures() {
    }

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".cgraph"))
                    .map(name -> name.substring(0, name.length() - ".cgraph".length()))
                    .sorted().toList().stream();
        }
    }

    static PassTimeline timeline(String example) {
        try {
            return timelineOf(Files.readString(EXAMPLES.resolve(example + ".cgraph")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PassTimeline timelineOf(String program) {
        ComputationGraph graph = GraphBuilder.build(Parser.parse(program));
        return new PassTimeline(Analysis.of(InputValues.declared(graph)));
    }

    /** One file's contents, as the exporter writes it. */
    static byte[] export(ExportFormat format, ExportOptions options, PassTimeline timeline, List<Integer> positions) {
        GraphExporter exporter = new GraphExporter(format, options);
        Drawing drawing = exporter.layout(timeline.analysis().graph());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.write(timeline, drawing, positions, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String exportText(ExportFormat format, ExportOptions options, PassTimeline timeline, List<Integer> positions) {
        return new String(export(format, options, timeline, positions), StandardCharsets.UTF_8);
    }
}
