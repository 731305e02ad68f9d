package studio.backprop.ui.variables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import studio.backprop.expr.Parser;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;

class VariablesViewModelTest {

    private final AtomicInteger changes = new AtomicInteger();
    private final VariablesViewModel variables = new VariablesViewModel(changes::incrementAndGet);

    static ComputationGraph graph(String source) {
        return GraphBuilder.build(Parser.parse(source));
    }

    @Test
    void everyInputGetsARowWithTheProgramsValueOrADefault() {
        variables.adopt(graph("a = 5; J = a*(b + c)"));
        assertThat(variables.rows()).extracting(VariableRow::name).containsExactly("a", "b", "c");
        assertThat(variables.row("a").value()).isEqualTo(5);
        assertThat(variables.row("b").value()).isEqualTo(VariablesViewModel.DEFAULT_VALUE);
        assertThat(variables.row("a").minProperty().get()).isEqualTo(-10);
        assertThat(variables.row("a").maxProperty().get()).isEqualTo(10);
    }

    @Test
    void changingAValueReportsItAndFeedsTheNextEvaluation() {
        ComputationGraph graph = graph("a = 5; J = 2*a");
        variables.adopt(graph);
        variables.row("a").setValue(7);
        assertThat(changes.get()).isEqualTo(1);
        assertThat(variables.values(graph).value(graph.input("a").orElseThrow())).isEqualTo(7);
    }

    @Test
    void aNewProgramKeepsTheStudentsValuesUnlessTheProgramChangedThem() {
        variables.adopt(graph("a = 5; b = 1; J = a*b"));
        variables.row("a").setValue(7);
        variables.row("b").setValue(3);
        variables.adopt(graph("a = 5; b = 2; J = a + b + c"));
        assertThat(variables.row("a").value()).as("unchanged declaration keeps the slider").isEqualTo(7);
        assertThat(variables.row("b").value()).as("the program now says 2").isEqualTo(2);
        assertThat(variables.row("c").value()).isEqualTo(VariablesViewModel.DEFAULT_VALUE);
    }

    @Test
    void aFreeInputKeepsItsValueAcrossEdits() {
        variables.adopt(graph("3*(a+b*c)"));
        variables.row("a").setValue(5);
        variables.adopt(graph("3*(a+b*c) + 1"));
        assertThat(variables.row("a").value()).isEqualTo(5);
    }

    @Test
    void anInputWithoutAValueIsMarkedAsAssumedUntilTheStudentSetsOne() {
        variables.adopt(graph("a = 5; J = a*(b + c)"));
        assertThat(variables.row("a").isAssumed()).isFalse();
        assertThat(variables.row("b").isAssumed()).isTrue();
        assertThat(variables.assumedNames()).containsExactly("b", "c");
        variables.row("b").setValue(4);
        assertThat(variables.row("b").isAssumed()).isFalse();
        assertThat(variables.assumedNames()).containsExactly("c");
    }

    @Test
    void theStatusLineNamesTheAssumedInputs() {
        variables.adopt(graph("3*(a+b*c)"));
        assertThat(variables.assumedStatusProperty().get()).isEqualTo("No value given for a, b and c, so 1 is assumed "
                + "for each. Set them under Variables, or give them values in the program (a = 2).");
        variables.row("a").setValue(5);
        variables.row("b").setValue(3);
        assertThat(variables.assumedStatusProperty().get()).isEqualTo("No value given for c, so 1 is assumed. Set it "
                + "under Variables, or give it a value in the program (c = 2).");
        variables.row("c").setValue(2);
        assertThat(variables.assumedStatusProperty().get()).isEmpty();
    }

    @Test
    void aLongListOfAssumedInputsIsCounted() {
        assertThat(VariablesViewModel.status(java.util.List.of("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8")))
                .startsWith("No value given for w1, w2, w3, w4, w5, w6 and 2 more, so 1 is assumed for each.");
    }

    @Test
    void anEditKeepsWhetherAValueIsAssumed() {
        variables.adopt(graph("3*(a+b*c)"));
        variables.row("a").setValue(5);
        variables.adopt(graph("3*(a+b*c) + 1"));
        assertThat(variables.row("a").isAssumed()).as("the student gave a value").isFalse();
        assertThat(variables.row("b").isAssumed()).isTrue();
        variables.adopt(graph("a = 2; b = 1; 3*(a+b*c)"));
        assertThat(variables.assumedNames()).containsExactly("c");
    }

    @Test
    void typingAValueOutsideTheSliderWidensIt() {
        variables.adopt(graph("a = 5; J = a"));
        variables.row("a").setValue(42);
        assertThat(variables.row("a").maxProperty().get()).isEqualTo(100);
        variables.row("a").setValue(41);
        assertThat(variables.row("a").maxProperty().get()).isEqualTo(100);
    }
}
