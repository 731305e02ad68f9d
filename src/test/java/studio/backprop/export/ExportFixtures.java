package studio.backprop.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.InputValues;
import studio.backprop.autodiff.PassTimeline;
import studio.backprop.expr.Parser;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.io.ExampleCatalog;
import studio.backprop.layout.Drawing;

/** The bundled examples, ready to export. */
final class ExportFixtures {

    private ExportFixtures() {
    }

    static Stream<String> examples() {
        return ExampleCatalog.programs().stream().map(ExampleCatalog.Example::name).sorted();
    }

    static PassTimeline timeline(String example) {
        return timelineOf(ExampleCatalog.named(example).source());
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
