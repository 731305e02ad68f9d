package studio.backprop.ui.variables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import studio.backprop.autodiff.InputValues;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.graph.ScalarExpansion;

/**
 * The Variables panel: one row per input of the current program. When the program changes, a row
 * keeps the value the student gave it, unless the program now declares a different value for that
 * name; an input the program leaves without a value starts at {@value #DEFAULT_VALUE}.
 */
public final class VariablesViewModel {

    static final double DEFAULT_VALUE = 1;
    /**
     * A vector or matrix input up to this many elements gets a row, with a slider, per element
     * (W1[3,2]); a bigger one keeps the program's values, which its node shows.
     */
    static final int MOST_ELEMENT_ROWS = 16;

    private final ObservableList<VariableRow> rows = FXCollections.observableArrayList();
    private final ObservableList<VariableRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final Runnable onChange;
    private Map<String, OptionalDouble> declared = Map.of();

    /** {@code onChange} runs whenever any value changes, including while a slider is dragged. */
    public VariablesViewModel(Runnable onChange) {
        this.onChange = onChange;
    }

    public ObservableList<VariableRow> rows() {
        return readOnlyRows;
    }

    public VariableRow row(String name) {
        return rows.stream().filter(row -> row.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no variable " + name));
    }

    /** Rows for the inputs of a newly built graph, keeping what the student set where that still applies. */
    public void adopt(ComputationGraph graph) {
        Map<String, Double> current = new HashMap<>();
        rows.forEach(row -> current.put(row.name(), row.value()));
        Map<String, OptionalDouble> nowDeclared = new HashMap<>();
        List<VariableRow> fresh = new ArrayList<>();
        for (Node input : graph.inputs()) {
            if (input.shape().size() > MOST_ELEMENT_ROWS) continue;
            for (int e = 0; e < input.shape().size(); e++) {
                String name = ScalarExpansion.elementName(input, e);
                OptionalDouble value = declared(graph, input, e);
                nowDeclared.put(name, value);
                boolean keep = current.containsKey(name) && value.equals(declared.getOrDefault(name, OptionalDouble.empty()));
                VariableRow row = new VariableRow(name, keep ? current.get(name) : value.orElse(DEFAULT_VALUE));
                row.valueProperty().addListener((observable, before, now) -> onChange.run());
                fresh.add(row);
            }
        }
        declared = nowDeclared;
        rows.setAll(fresh);
    }

    /** The rows' values as inputs of {@code graph}, which must be the graph last adopted. */
    public InputValues values(ComputationGraph graph) {
        Map<String, Double> byName = new HashMap<>();
        rows.forEach(row -> byName.put(row.name(), row.value()));
        InputValues values = InputValues.declared(graph).with(byName);
        for (Node input : graph.inputs()) {
            if (input.shape().isScalar() || input.shape().size() > MOST_ELEMENT_ROWS) continue;
            for (int e = 0; e < input.shape().size(); e++) {
                Double value = byName.get(ScalarExpansion.elementName(input, e));
                if (value != null) values = values.withElement(input, e, value);
            }
        }
        return values;
    }

    private static OptionalDouble declared(ComputationGraph graph, Node input, int element) {
        return graph.declaredTensor(input).map(value -> OptionalDouble.of(value.get(element))).orElse(OptionalDouble.empty());
    }
}
