package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StudioModelTest {

    private final StudioModel model = Models.synchronous();

    @Test
    void loadingAProgramCompilesLaysOutAndEvaluatesIt() {
        model.load("a = 5; b = 3; c = 2; u = b*c; v = a + u; J = 3*v");
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.compiledProperty().get().graph().size()).isEqualTo(7);
        assertThat(model.compiledProperty().get().drawing().boxes()).hasSize(7);
        assertThat(model.analysisProperty().get().evaluation().output()).isEqualTo(33);
        assertThat(model.loadsProperty().get()).isEqualTo(1);
        assertThat(model.playback().timelineProperty().get().end()).isEqualTo(9);
    }

    @Test
    void aTypoKeepsTheLastGoodGraphAndSaysWhatIsWrong() {
        model.load("a = 5; J = 3*a");
        var good = model.compiledProperty().get();
        model.sourceProperty().set("a = 5; J = 3*sigmod(a)");
        assertThat(model.compiledProperty().get()).isSameAs(good);
        assertThat(model.errorProperty().get().describe())
                .isEqualTo("Line 1, column 14: Unknown function 'sigmod'. Did you mean 'sigmoid'?");
        model.sourceProperty().set("a = 5; J = 3*sigmoid(a)");
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.compiledProperty().get()).isNotSameAs(good);
    }

    @Test
    void changingAVariableReevaluatesWithoutALayout() {
        model.load("3*(a+b*c)");
        var drawing = model.compiledProperty().get().drawing();
        model.variables().row("a").setValue(5);
        model.variables().row("b").setValue(3);
        model.variables().row("c").setValue(2);
        assertThat(model.analysisProperty().get().evaluation().output()).isEqualTo(33);
        assertThat(model.compiledProperty().get().drawing()).isSameAs(drawing);
    }

    @Test
    void theTreeOptionRebuildsTheGraph() {
        model.load("a = 1; b = 2; J = (a+b)*(a+b)");
        assertThat(model.compiledProperty().get().graph().computedNodes()).hasSize(2);
        model.treeProperty().set(true);
        assertThat(model.compiledProperty().get().graph().computedNodes()).hasSize(3);
    }

    @Test
    void editsAreNotCountedAsLoads() {
        model.load("a = 1; J = a");
        model.sourceProperty().set("a = 1; J = 2*a");
        assertThat(model.loadsProperty().get()).isEqualTo(1);
    }
}
