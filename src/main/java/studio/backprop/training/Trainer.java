package studio.backprop.training;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.BackwardPass;
import studio.backprop.autodiff.Evaluation;
import studio.backprop.autodiff.ForwardPass;
import studio.backprop.autodiff.Gradients;
import studio.backprop.autodiff.InputValues;
import studio.backprop.expr.Expr;
import studio.backprop.expr.InputRole;
import studio.backprop.expr.ProgramException;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.DataSource;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.graph.Node;
import studio.backprop.tensor.Shape;
import studio.backprop.tensor.Tensor;

/**
 * Trains a program's parameters by gradient descent: each step runs forward and backward on a batch
 * of the data's rows and moves every parameter against its gradient, w := w − α · dw. A batch of
 * fewer rows is the same program with those rows as its data, built once per batch size.
 */
public final class Trainer {

    private final String source;
    private final BuildOptions options;
    private final ComputationGraph program;
    private final List<Node> parameters;
    private final List<Node> data;
    private final int rows;
    private final TrainingSettings settings;
    private final Batches batches;
    private final Map<Integer, ComputationGraph> byBatchSize = new HashMap<>();
    /** The program's inputs as training began: the plain inputs and the data keep these values. */
    private final InputValues start;
    private Map<String, Tensor> values;
    private int steps;

    private Trainer(String source, BuildOptions options, ComputationGraph program, TrainingSettings settings,
                    InputValues start) {
        this.start = start;
        this.source = source;
        this.options = options;
        this.program = program;
        this.parameters = program.inputs().stream().filter(input -> input.role() == InputRole.PARAMETER).toList();
        this.data = program.inputs().stream().filter(input -> input.role() == InputRole.DATA).toList();
        if (parameters.isEmpty()) {
            throw new TrainingException("There is nothing to learn: mark the parameters with learn, as in "
                    + "learn w = [0, 0] and learn b = 0.");
        }
        this.rows = data.isEmpty() ? 0 : rowsOf(data.get(0).shape());
        this.settings = settings;
        this.batches = new Batches(Math.max(rows, 1), settings.batch(), settings.seed());
        this.values = new LinkedHashMap<>();
        for (Node parameter : parameters) values.put(parameter.label(), start.tensor(parameter));
    }

    /** Training for {@code program} (built from {@code source} with {@code options}), from its written values. */
    public static Trainer of(String source, BuildOptions options, ComputationGraph program, TrainingSettings settings) {
        return of(source, options, program, settings, InputValues.declared(program));
    }

    /** The same from {@code start}: the values the student set, for the parameters to begin at and the rest to keep. */
    public static Trainer of(String source, BuildOptions options, ComputationGraph program, TrainingSettings settings,
                             InputValues start) {
        return new Trainer(source, options, program, settings, start.requireComplete());
    }

    public ComputationGraph program() {
        return program;
    }

    public List<Node> parameters() {
        return parameters;
    }

    /** How many examples the data has; 0 without data. */
    public int rows() {
        return rows;
    }

    public TrainingSettings settings() {
        return settings;
    }

    /** Steps taken so far. */
    public int steps() {
        return steps;
    }

    /** The parameters as they are now, by name. */
    public Map<String, Tensor> values() {
        return Map.copyOf(values);
    }

    /** The inputs of the whole program with the parameters as they are now: for showing and checking it. */
    public InputValues current(InputValues programValues) {
        InputValues now = programValues;
        for (Node parameter : parameters) now = now.with(parameter, values.get(parameter.label()));
        return now;
    }

    /** Both passes on all the rows at the current parameters: the loss a curve per epoch shows. */
    public Analysis onAllRows() {
        return Analysis.of(current(start));
    }

    public TrainingStep step() {
        int[] batch = rows == 0 ? new int[0] : batches.next();
        ComputationGraph graph = rows == 0 || batch.length == rows ? program : graphFor(batch.length);
        InputValues inputs = InputValues.declared(graph);
        for (Node input : program.inputs()) {
            Node here = graph.input(input.label()).orElseThrow();
            Tensor value = start.tensor(input);
            inputs = inputs.with(here, input.role() != InputRole.DATA || batch.length == rows ? value : rowsOf(value, batch));
        }
        for (Node parameter : parameters) inputs = inputs.with(graph.input(parameter.label()).orElseThrow(), values.get(parameter.label()));
        Evaluation forward = ForwardPass.run(inputs);
        Gradients backward = BackwardPass.run(forward);
        Map<String, Tensor> before = new LinkedHashMap<>(values);
        Map<String, Tensor> gradients = new LinkedHashMap<>();
        Map<String, Tensor> after = new LinkedHashMap<>();
        for (Node parameter : parameters) {
            String name = parameter.label();
            Tensor gradient = backward.gradientTensor(graph.input(name).orElseThrow());
            gradients.put(name, gradient);
            after.put(name, update(values.get(name), gradient, settings.rate()));
        }
        values = after;
        steps++;
        int[] counted = new int[batch.length];
        for (int i = 0; i < batch.length; i++) counted[i] = batch[i] + 1;
        return new TrainingStep(steps, rows == 0 ? steps : batches.epoch(), counted, forward.output(), before,
                gradients, new LinkedHashMap<>(after), settings.rate());
    }

    /** Whether the last step finished an epoch: every row has been used once since the last one. */
    public boolean endedEpoch() {
        return rows == 0 || batches.endedEpoch();
    }

    private static Tensor update(Tensor value, Tensor gradient, double rate) {
        double[] next = value.toArray();
        for (int i = 0; i < next.length; i++) next[i] -= rate * gradient.get(i);
        return Tensor.of(value.shape(), next);
    }

    /** The program with every data input cut to {@code size} rows; only its shapes matter, the rows are set per step. */
    private ComputationGraph graphFor(int size) {
        return byBatchSize.computeIfAbsent(size, count -> {
            Map<String, Tensor> firstRows = new HashMap<>();
            int[] first = new int[count];
            for (int i = 0; i < count; i++) first[i] = i;
            for (Node input : data) firstRows.put(input.label(), rowsOf(start.tensor(input), first));
            try {
                return GraphBuilder.compile(source, options.withData(new Batch(options.data(), firstRows)));
            } catch (ProgramException e) {
                throw new TrainingException("With " + count + " row" + (count == 1 ? "" : "s") + " per step the program "
                        + "does not work: " + e.getMessage() + " Try a larger batch.");
            }
        });
    }

    static int rowsOf(Shape shape) {
        return shape.isMatrix() ? shape.rows() : shape.size();
    }

    /** The chosen rows of a matrix, or elements of a vector, in the batch's order. */
    static Tensor rowsOf(Tensor all, int[] chosen) {
        Shape shape = all.shape();
        int width = shape.isMatrix() ? shape.columns() : 1;
        double[] picked = new double[chosen.length * width];
        for (int i = 0; i < chosen.length; i++) {
            for (int c = 0; c < width; c++) picked[i * width + c] = all.get(chosen[i] * width + c);
        }
        return Tensor.of(shape.isMatrix() ? Shape.matrix(chosen.length, width) : Shape.vector(chosen.length), picked);
    }

    /** The data source a batch's program is built with: its rows in place of all of them. */
    private record Batch(DataSource files, Map<String, Tensor> rows) implements DataSource {
        @Override
        public Tensor csv(Expr.Csv csv) {
            return files.csv(csv);
        }

        @Override
        public Optional<Tensor> batch(String name) {
            return Optional.ofNullable(rows.get(name));
        }
    }
}
