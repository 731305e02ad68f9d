package studio.backprop.ui.scalars;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.InputValues;
import studio.backprop.graph.BuildOptions;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.graph.ScalarView;
import studio.backprop.io.ExampleCatalog;
import studio.backprop.ui.editor.Compiled;

class ScalarViewModelTest {

    private static final String NETWORK = ExampleCatalog.named("network-2-3-1-matrix").source();

    private static Compiled scalarView(String source, ComputationGraph drawn) {
        ComputationGraph written = GraphBuilder.compile(source, BuildOptions.MERGED);
        ScalarView view = ScalarView.of(written, 0);
        return new Compiled(source, drawn == null ? view.drawn().orElseThrow() : drawn, null, written, view, null);
    }

    @Test
    void agreementIsCountedAndTheScalarAnalysisIsWhatIsShown() {
        ScalarViewModel model = new ScalarViewModel();
        Compiled compiled = scalarView(NETWORK, null);
        Analysis shown = model.analyse(compiled, InputValues.declared(compiled.written()));
        // The output and the 11 input elements' gradients.
        assertThat(model.bannerProperty().get()).endsWith("It agrees with the tensor view on all 12 numbers compared "
                + "(the output and every input element's gradient).");
        assertThat(model.disagreesProperty().get()).isFalse();
        assertThat(shown.graph()).isSameAs(compiled.graph());
        assertThat(shown.gradients().gradient(shown.graph().input("W1[3,2]").orElseThrow())).isEqualTo(-0.625);
    }

    /** A scalar graph that is not the program's explosion stands in for a bug in either view. */
    @Test
    void aDisagreementIsSaidInRedAndNamesTheNumber() {
        String other = NETWORK.replace("f = W2 · h", "f = W2 · h + 0.5");
        ComputationGraph wrong = ScalarView.of(GraphBuilder.compile(other, BuildOptions.MERGED), 0).drawn().orElseThrow();
        ScalarViewModel model = new ScalarViewModel();
        Compiled compiled = scalarView(NETWORK, wrong);
        model.analyse(compiled, InputValues.declared(compiled.written()));
        assertThat(model.disagreesProperty().get()).isTrue();
        assertThat(model.bannerProperty().get()).isEqualTo("The scalar view and the tensor view disagree: the output f "
                + "is 1.75 in the tensor view but 2.25 in the scalar view. Neither is shown, since one of them is wrong. "
                + "Please report this program.");
    }

    @Test
    void offItSaysNothing() {
        ScalarViewModel model = new ScalarViewModel();
        ComputationGraph written = GraphBuilder.compile(NETWORK, BuildOptions.MERGED);
        Analysis shown = model.analyse(new Compiled(NETWORK, written, null, written, null, null), InputValues.declared(written));
        assertThat(model.bannerProperty().get()).isEmpty();
        assertThat(shown.evaluation().output()).isEqualTo(1.75);
        assertThat(model.requestedOutput()).isEqualTo(-1);
    }
}
