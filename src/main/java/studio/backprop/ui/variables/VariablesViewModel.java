package studio.backprop.ui.variables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import studio.backprop.autodiff.InputValues;
import studio.backprop.expr.Numbers;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.Node;
import studio.backprop.graph.ScalarExpansion;

/**
 * The Variables panel: one row per input of the current program. When the program changes, a row
 * keeps the value the student gave it, unless the program now declares a different value for that
 * name; an input the program leaves without a value starts at {@value #DEFAULT_VALUE}, marked as
 * assumed until the student sets it, so that no answer rests on a value nobody gave.
 */
public final class VariablesViewModel {

    static final double DEFAULT_VALUE = 1;
    /**
     * A vector or matrix input up to this many elements gets a row, with a slider, per element
     * (W1[3,2]); a bigger one keeps the program's values, which its node shows.
     */
    static final int MOST_ELEMENT_ROWS = 16;
    /** Past this many, the status line counts the names rather than listing them. */
    static final int MOST_NAMES = 6;

    private final ObservableList<VariableRow> rows = FXCollections.observableArrayList();
    private final ObservableList<VariableRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final Runnable onChange;
    private Map<String, OptionalDouble> declared = Map.of();
    private final ReadOnlyStringWrapper assumedStatus = new ReadOnlyStringWrapper(this, "assumedStatus", "");

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
        Map<String, Boolean> assumed = new HashMap<>();
        rows.forEach(row -> current.put(row.name(), row.value()));
        rows.forEach(row -> assumed.put(row.name(), row.isAssumed()));
        Map<String, OptionalDouble> nowDeclared = new HashMap<>();
        List<VariableRow> fresh = new ArrayList<>();
        for (Node input : graph.inputs()) {
            if (input.shape().size() > MOST_ELEMENT_ROWS) continue;
            for (int e = 0; e < input.shape().size(); e++) {
                String name = ScalarExpansion.elementName(input, e);
                OptionalDouble value = declared(graph, input, e);
                nowDeclared.put(name, value);
                boolean keep = current.containsKey(name) && value.equals(declared.getOrDefault(name, OptionalDouble.empty()));
                VariableRow row = keep ? new VariableRow(name, current.get(name), assumed.get(name))
                        : new VariableRow(name, value.orElse(DEFAULT_VALUE), value.isEmpty());
                row.valueProperty().addListener((observable, before, now) -> onChange.run());
                row.assumedProperty().addListener((observable, before, now) -> updateStatus());
                fresh.add(row);
            }
        }
        declared = nowDeclared;
        rows.setAll(fresh);
        updateStatus();
    }

    /**
     * The status line: which inputs have no value but the assumed {@value #DEFAULT_VALUE}, such as
     * "No value given for a, b and c, so 1 is assumed for each. ..."; empty when there are none.
     */
    public ReadOnlyStringProperty assumedStatusProperty() {
        return assumedStatus.getReadOnlyProperty();
    }

    private void updateStatus() {
        assumedStatus.set(status(assumedNames()));
    }

    static String status(List<String> names) {
        if (names.isEmpty()) return "";
        String assumed = Numbers.format(DEFAULT_VALUE);
        String first = names.get(0);
        if (names.size() == 1) {
            return "No value given for " + first + ", so " + assumed + " is assumed. Set it under Variables, or give "
                    + "it a value in the program (" + first + " = 2).";
        }
        List<String> listed = names.subList(0, Math.min(names.size(), MOST_NAMES));
        String last = names.size() > MOST_NAMES ? (names.size() - listed.size()) + " more" : listed.get(listed.size() - 1);
        List<String> before = names.size() > MOST_NAMES ? listed : listed.subList(0, listed.size() - 1);
        return "No value given for " + String.join(", ", before) + " and " + last + ", so " + assumed
                + " is assumed for each. Set them under Variables, or give them values in the program (" + first + " = 2).";
    }

    /** The names of the inputs whose value is only assumed, in the order of the rows. */
    public List<String> assumedNames() {
        return rows.stream().filter(VariableRow::isAssumed).map(VariableRow::name).toList();
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
