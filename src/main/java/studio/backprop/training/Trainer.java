package studio.backprop.training;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.BackwardPass;
import studio.backprop.autodiff.ForwardPass;
import studio.backprop.autodiff.Gradients;
import studio.backprop.autodiff.InputValues;
import studio.backprop.autodiff.ScalarPasses;
import studio.backprop.expr.InputRole;
import studio.backprop.expr.ProgramException;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
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
    /** For a program of scalars: the passes' buffers, kept from step to step. */
    private ScalarPasses scalarPasses;

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
        Map<Node, Tensor> given = new HashMap<>();
        for (Node input : program.inputs()) {
            Tensor value = input.role() == InputRole.PARAMETER ? values.get(input.label()) : start.tensor(input);
            given.put(graph.input(input.label()).orElseThrow(),
                    input.role() != InputRole.DATA || batch.length == rows ? value : rowsOf(value, batch));
        }
        InputValues inputs = InputValues.declared(graph).withAll(given);
        double loss;
        Map<String, Tensor> gradients = new LinkedHashMap<>();
        if (graph.isScalar()) {
            // Both passes into the same two buffers at every step: see ScalarPasses on why that is faster.
            if (scalarPasses == null || scalarPasses.graph() != graph) scalarPasses = new ScalarPasses(graph);
            loss = scalarPasses.run(inputs);
            for (Node parameter : parameters) {
                gradients.put(parameter.label(), Tensor.scalar(scalarPasses.gradient(graph.input(parameter.label()).orElseThrow())));
            }
        } else {
            Gradients backward = BackwardPass.run(ForwardPass.run(inputs));
            loss = backward.evaluation().output();
            for (Node parameter : parameters) {
                gradients.put(parameter.label(), backward.gradientTensor(graph.input(parameter.label()).orElseThrow()));
            }
        }
        Map<String, Tensor> before = new LinkedHashMap<>(values);
        Map<String, Tensor> after = new LinkedHashMap<>();
        for (Node parameter : parameters) {
            String name = parameter.label();
            after.put(name, update(values.get(name), gradients.get(name), settings.rate()));
        }
        values = after;
        steps++;
        int[] counted = new int[batch.length];
        for (int i = 0; i < batch.length; i++) counted[i] = batch[i] + 1;
        return new TrainingStep(steps, rows == 0 ? steps : batches.epoch(), counted, loss, before,
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
                return GraphBuilder.compile(source, options.withData(new DataRows(options.data(), firstRows)));
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
}
