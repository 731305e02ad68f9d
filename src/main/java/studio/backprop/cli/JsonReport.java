package studio.backprop.cli;

import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.Evaluation;
import studio.backprop.autodiff.Gradients;
import studio.backprop.autodiff.Nudge;
import studio.backprop.expr.Note;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.graph.ProgramNotes;

/**
 * The {@code --json} report: one object with the output, the notes on how the program was read
 * (line, column, text), the inputs (value, gradient and nudge check, in order of first
 * appearance) and the nodes (in topological order, with local
 * derivatives per operand). NaN and ±∞, which JSON cannot hold, are the strings "NaN",
 * "Infinity" and "-Infinity".
 */
final class JsonReport {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonReport() {
    }

    static String render(Analysis analysis, List<Nudge> nudges, double h) {
        StringWriter text = new StringWriter();
        write(analysis, nudges, h, text);
        return text.toString();
    }

    /** Streams the report: a million nodes are written one by one, never held as one tree or string. */
    static void write(Analysis analysis, List<Nudge> nudges, double h, Writer out) {
        ComputationGraph graph = analysis.graph();
        Evaluation evaluation = analysis.evaluation();
        Gradients gradients = analysis.gradients();
        try (JsonGenerator json = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("output", graph.output().label());
            number(json, "value", evaluation.output());
            number(json, "h", h);
            json.writeArrayPropertyStart("notes");
            for (Note note : ProgramNotes.of(graph)) {
                json.writeStartObject();
                json.writeNumberProperty("line", note.span().line());
                json.writeNumberProperty("column", note.span().column());
                json.writeStringProperty("text", note.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectPropertyStart("inputs");
            for (Nudge nudge : nudges) {
                json.writeObjectPropertyStart(nudge.input().label());
                number(json, "value", nudge.x());
                number(json, "grad", nudge.analytic());
                number(json, "nudge", nudge.forward());
                number(json, "central", nudge.central());
                number(json, "deltaX", nudge.deltaX());
                number(json, "deltaJ", nudge.deltaJ());
                number(json, "relativeError", nudge.relativeError());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeArrayPropertyStart("nodes");
            for (Node node : graph.nodes()) {
                node(json, graph, evaluation, gradients, node);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void node(JsonGenerator json, ComputationGraph graph, Evaluation evaluation, Gradients gradients,
                             Node node) {
        json.writeStartObject();
        json.writeStringProperty("id", node.id());
        json.writeStringProperty("label", node.label());
        json.writeStringProperty("op", node.op().jsonName());
        number(json, "value", evaluation.value(node));
        number(json, "grad", gradients.gradient(node));
        json.writeArrayPropertyStart("operands");
        for (int slot = 0; slot < graph.operandCount(node.index()); slot++) {
            json.writeString(graph.operandEdge(node.index(), slot).operand().id());
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("local");
        for (int slot = 0; slot < graph.operandCount(node.index()); slot++) {
            number(json, gradients.local(graph.operandEdge(node.index(), slot)));
        }
        json.writeEndArray();
        evaluation.problem(node).ifPresent(problem -> json.writeStringProperty("problem", problem));
        gradients.problem(node).ifPresent(problem -> json.writeStringProperty("gradProblem", problem));
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String key, double value) {
        json.writeName(key);
        number(json, value);
    }

    private static void number(JsonGenerator json, double value) {
        if (Double.isFinite(value)) {
            json.writeNumber(value);
        } else {
            json.writeString(Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }
}
