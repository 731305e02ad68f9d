package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import studio.backprop.layout.EdgeLabels;
import studio.backprop.layout.ElkLayeredLayout;
import studio.backprop.layout.LayoutStyle;
import studio.backprop.presentation.Showing;
import studio.backprop.ui.playback.ManualBeats;

class StudioModelTest {

    private final StudioModel model = Models.synchronous();

    @Test
    void loadingAProgramCompilesLaysOutAndEvaluatesIt() {
        model.load("a = 5; b = 3; c = 2; u = b*c; v = a + u; J = 3*v");
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.showingProperty().get().graph().size()).isEqualTo(7);
        assertThat(model.showingProperty().get().drawing().boxes()).hasSize(7);
        assertThat(model.showingProperty().get().analysis().evaluation().output()).isEqualTo(33);
        assertThat(model.loadsProperty().get()).isEqualTo(1);
        assertThat(model.showingProperty().get().timeline().end()).isEqualTo(9);
    }

    @Test
    void formulasBesideTheNumbersAreTheDefaultAndTheViewMenuCanChangeThem() {
        model.load("a = 5; b = 3; c = 2; u = b*c; v = a + u; J = 3*v");
        model.playback().toEnd();
        assertThat(model.showingProperty().get().drawing().edgeLabels()).isEqualTo(EdgeLabels.BOTH);
        assertThat(model.captionProperty().get()).isEqualTo("Backward 6/6: da = dv · ∂v/∂a = dv · 1 = 3 · 1 = 3");
        var wide = model.showingProperty().get().drawing();
        model.edgeLabelsProperty().set(EdgeLabels.NUMBERS);
        var narrow = model.showingProperty().get().drawing();
        assertThat(narrow.edgeLabels()).isEqualTo(EdgeLabels.NUMBERS);
        assertThat(narrow.paths().get(0).label().width()).isLessThan(wide.paths().get(0).label().width());
        model.playback().toEnd();
        assertThat(model.captionProperty().get()).isEqualTo("Backward 6/6: da = dv · ∂v/∂a = 3 · 1 = 3");
    }

    @Test
    void aTypoKeepsTheLastGoodGraphAndSaysWhatIsWrong() {
        model.load("a = 5; J = 3*a");
        var good = model.showingProperty().get();
        model.sourceProperty().set("a = 5; J = 3*sigmod(a)");
        assertThat(model.showingProperty().get()).isSameAs(good);
        assertThat(model.errorProperty().get().describe())
                .isEqualTo("Line 1, column 14: Unknown function 'sigmod'. Did you mean 'sigmoid'?");
        model.sourceProperty().set("a = 5; J = 3*sigmoid(a)");
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.showingProperty().get()).isNotSameAs(good);
    }

    @Test
    void changingAVariableReevaluatesWithoutALayout() {
        model.load("3*(a+b*c)");
        var drawing = model.showingProperty().get().drawing();
        model.variables().row("a").setValue(5);
        model.variables().row("b").setValue(3);
        model.variables().row("c").setValue(2);
        assertThat(model.showingProperty().get().analysis().evaluation().output()).isEqualTo(33);
        assertThat(model.showingProperty().get().drawing()).isSameAs(drawing);
    }

    @Test
    void theTreeOptionRebuildsTheGraph() {
        model.load("a = 1; b = 2; J = (a+b)*(a+b)");
        assertThat(model.showingProperty().get().graph().computedNodes()).hasSize(2);
        model.treeProperty().set(true);
        assertThat(model.showingProperty().get().graph().computedNodes()).hasSize(3);
    }

    @Test
    void editsAreNotCountedAsLoads() {
        model.load("a = 1; J = a");
        model.sourceProperty().set("a = 1; J = 2*a");
        assertThat(model.loadsProperty().get()).isEqualTo(1);
    }

    @Test
    void eachProgramAndEachNewValueIsPublishedOnceAndWhole() {
        List<Showing> published = new ArrayList<>();
        model.showingProperty().addListener((observable, before, now) -> {
            published.add(now);
            assertThat(now.drawing().boxes()).hasSize(now.graph().size());
            assertThat(model.nudge().analysisProperty().get()).isSameAs(now.analysis());
            assertThat(model.captionProperty().get()).isEqualTo(now.frame(model.reveal()).caption());
        });
        model.load("a = 5; b = 3; c = 2; u = b*c; v = a + u; J = 3*v");
        assertThat(published).hasSize(1);
        model.playback().stepForward();
        model.playback().stepForward();
        model.variables().row("a").setValue(10);
        assertThat(published).hasSize(4);
        assertThat(published.get(3).position()).as("new values keep the step").isEqualTo(2);
        assertThat(model.captionProperty().get()).isEqualTo("Forward 2/3: v = a + u = 10 + 6 = 16");
        model.load("a = 1; J = 2*a");
        assertThat(published).hasSize(5);
        assertThat(published.get(4).position()).as("a new program starts from nothing computed").isZero();
    }

    @Test
    void aLoadCompilesOnceEvenWithAnEditStillWaitingForThePause() {
        List<Runnable> waiting = new ArrayList<>();
        StudioModel paused = new StudioModel(new StudioOptions(waiting::add, Runnable::run, Runnable::run, Runnable::run,
                new ManualBeats(), new ElkLayeredLayout(), LayoutStyle.DEFAULT, 0, null));
        List<Showing> published = new ArrayList<>();
        paused.showingProperty().addListener((observable, before, now) -> published.add(now));
        paused.sourceProperty().set("a = 1; J = a");
        paused.load("a = 5; J = 3*a");
        assertThat(published).hasSize(1);
        paused.playback().stepForward();
        waiting.forEach(Runnable::run);
        assertThat(published).as("the edit's pause ends with nothing new to compile").hasSize(2);
        assertThat(paused.playback().position()).isEqualTo(1);
        assertThat(paused.loadsProperty().get()).isEqualTo(1);
    }
}
