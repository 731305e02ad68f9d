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

/**
 * The Variables panel: one row per input of the current program. When the program changes, a row
 * keeps the value the student gave it, unless the program now declares a different value for that
 * name; an input the program leaves without a value starts at {@value #DEFAULT_VALUE}.
 */
public final class VariablesViewModel {

    static final double DEFAULT_VALUE = 1;

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
            String name = input.label();
            OptionalDouble value = graph.declaredValue(input);
            nowDeclared.put(name, value);
            boolean keep = current.containsKey(name) && value.equals(declared.getOrDefault(name, OptionalDouble.empty()));
            VariableRow row = new VariableRow(name, keep ? current.get(name) : value.orElse(DEFAULT_VALUE));
            row.valueProperty().addListener((observable, before, now) -> onChange.run());
            fresh.add(row);
        }
        declared = nowDeclared;
        rows.setAll(fresh);
    }

    /** The rows' values as inputs of {@code graph}, which must be the graph last adopted. */
    public InputValues values(ComputationGraph graph) {
        Map<String, Double> byName = new HashMap<>();
        rows.forEach(row -> byName.put(row.name(), row.value()));
        return InputValues.declared(graph).with(byName);
    }
}
