package studio.backprop.cli;

import java.io.Writer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

import studio.backprop.training.Trainer;
import studio.backprop.training.TrainingRun;
import studio.backprop.training.TrainingStep;

/**
 * {@code train --json}: {"rate": α, "batch": B, "method": …, "steps": [{"step": 1, "epoch": 1,
 * "rows": [3, 1], "loss": …, "params": {"w": […], "b": …}}, …], "problems": […]}. {@code rows} are
 * the examples used, from 1; {@code loss} is J on them before the update; {@code params} are after
 * it. Streamed step by step.
 */
final class TrainJsonReport {

    private static final JsonMapper MAPPER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private TrainJsonReport() {
    }

    static void write(TrainingRun run, int steps, Writer out) {
        Trainer trainer = run.trainer();
        try (JsonGenerator json = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)) {
            json.writeStartObject();
            JsonReport.number(json, "rate", trainer.settings().rate());
            json.writeName("batch");
            if (trainer.rows() == 0) json.writeNull();
            else json.writeNumber(run.fullBatch() ? trainer.rows() : trainer.settings().batch());
            json.writeStringProperty("method", trainer.settings().method(trainer.rows()));
            json.writeNumberProperty("seed", trainer.settings().seed());
            json.writeArrayPropertyStart("steps");
            for (int k = 0; k < steps; k++) {
                TrainingStep step = run.step();
                json.writeStartObject();
                json.writeNumberProperty("step", step.step());
                json.writeNumberProperty("epoch", step.epoch());
                json.writeArrayPropertyStart("rows");
                for (int row : step.rows()) json.writeNumber(row);
                json.writeEndArray();
                JsonReport.number(json, "loss", step.loss());
                json.writeObjectPropertyStart("params");
                step.after().forEach((name, value) -> JsonReport.value(json, name, value));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("problems");
            for (String problem : run.problems()) json.writeString(problem);
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
