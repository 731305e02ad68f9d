package studio.backprop.cli;

import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.function.ToDoubleFunction;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.Evaluation;
import studio.backprop.autodiff.Gradients;
import studio.backprop.autodiff.Jacobians;
import studio.backprop.autodiff.Nudge;
import studio.backprop.expr.Note;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.graph.ProgramNotes;
import studio.backprop.tensor.Shape;
import studio.backprop.tensor.Tensor;

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
            value(json, "value", evaluation.outputTensor());
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
            int next = 0;
            for (Node input : graph.inputs()) {
                int size = input.shape().size();
                input(json, analysis, input, nudges.subList(next, Math.min(nudges.size(), next + size)));
                next += size;
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

    /** One input: its value, gradient and nudge check, each in the input's shape; for a vector output, its Jacobian. */
    private static void input(JsonGenerator json, Analysis analysis, Node input, List<Nudge> nudges) {
        json.writeObjectPropertyStart(input.label());
        if (!input.shape().isScalar()) shape(json, input.shape());
        value(json, "value", analysis.evaluation().tensor(input));
        value(json, "grad", analysis.gradients().gradientTensor(input));
        value(json, "nudge", shaped(input, nudges, Nudge::forward));
        value(json, "central", shaped(input, nudges, Nudge::central));
        value(json, "deltaX", shaped(input, nudges, Nudge::deltaX));
        value(json, "deltaJ", shaped(input, nudges, Nudge::deltaJ));
        value(json, "relativeError", shaped(input, nudges, Nudge::relativeError));
        Node output = analysis.graph().output();
        if (!output.shape().isScalar()) {
            json.writeArrayPropertyStart("jacobian");
            for (double[] row : Jacobians.of(analysis.evaluation(), output, input)) {
                json.writeStartArray();
                for (double entry : row) number(json, entry);
                json.writeEndArray();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static Tensor shaped(Node input, List<Nudge> nudges, ToDoubleFunction<Nudge> figure) {
        return Tensor.of(input.shape(), nudges.stream().mapToDouble(figure).toArray());
    }

    private static void shape(JsonGenerator json, Shape shape) {
        json.writeArrayPropertyStart("shape");
        json.writeNumber(shape.rows());
        if (shape.isMatrix()) json.writeNumber(shape.columns());
        json.writeEndArray();
    }

    /** A scalar as a plain number, as ever; a vector as a list, a matrix as a list of rows. */
    static void value(JsonGenerator json, String key, Tensor value) {
        json.writeName(key);
        Shape shape = value.shape();
        if (shape.isScalar()) {
            number(json, value.scalar());
            return;
        }
        json.writeStartArray();
        if (shape.isMatrix()) {
            for (int r = 0; r < shape.rows(); r++) {
                json.writeStartArray();
                for (int c = 0; c < shape.columns(); c++) number(json, value.at(r, c));
                json.writeEndArray();
            }
        } else {
            for (int e = 0; e < value.size(); e++) number(json, value.get(e));
        }
        json.writeEndArray();
    }

    private static void node(JsonGenerator json, ComputationGraph graph, Evaluation evaluation, Gradients gradients,
                             Node node) {
        json.writeStartObject();
        json.writeStringProperty("id", node.id());
        json.writeStringProperty("label", node.label());
        json.writeStringProperty("op", node.op().jsonName());
        if (!node.shape().isScalar()) shape(json, node.shape());
        value(json, "value", evaluation.tensor(node));
        value(json, "grad", gradients.gradientTensor(node));
        json.writeArrayPropertyStart("operands");
        for (int slot = 0; slot < graph.operandCount(node.index()); slot++) {
            json.writeString(graph.operandEdge(node.index(), slot).operand().id());
        }
        json.writeEndArray();
        if (node.shape().isScalar() && graph.operands(node).stream().allMatch(operand -> operand.shape().isScalar())) {
            json.writeArrayPropertyStart("local");
            for (int slot = 0; slot < graph.operandCount(node.index()); slot++) {
                number(json, gradients.local(graph.operandEdge(node.index(), slot)));
            }
            json.writeEndArray();
        }
        evaluation.problem(node).ifPresent(problem -> json.writeStringProperty("problem", problem));
        gradients.problem(node).ifPresent(problem -> json.writeStringProperty("gradProblem", problem));
        json.writeEndObject();
    }

    static void number(JsonGenerator json, String key, double value) {
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
