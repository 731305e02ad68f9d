package studio.backprop.ui.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.InputValues;
import studio.backprop.expr.Parser;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.layout.ElkLayeredLayout;
import studio.backprop.layout.LayoutStyle;
import studio.backprop.presentation.Concealment;
import studio.backprop.presentation.Showing;

class PlaybackViewModelTest {

    private final ManualBeats beats = new ManualBeats();
    private final ObjectProperty<Showing> showing = new SimpleObjectProperty<>();
    private final PlaybackViewModel playback = new PlaybackViewModel(showing, beats, 1);

    /** The lecture as it first appears, laid out as the window lays it out. */
    static Showing lecture() {
        String source = "a = 5; b = 3; c = 2; u = b*c; v = a + u; J = 3*v";
        ComputationGraph graph = GraphBuilder.build(Parser.parse(source));
        return Showing.start(source, new ElkLayeredLayout().layout(graph, LayoutStyle.DEFAULT),
                Analysis.of(InputValues.declared(graph)));
    }

    /** The caption of where the playback stands, as the transport bar shows it. */
    private String caption() {
        return showing.get().frame(Concealment.NONE).caption();
    }

    @Test
    void aNewProgramStartsWithNothingComputed() {
        showing.set(lecture());
        assertThat(playback.position()).isZero();
        assertThat(caption()).isEqualTo("Ready: step forward to start the forward pass.");
        assertThat(playback.atStartBinding().get()).isTrue();
        assertThat(playback.atEndBinding().get()).isFalse();
    }

    @Test
    void stepsWalkThroughBothPassesAndStopAtTheEnds() {
        showing.set(lecture());
        playback.stepBack();
        assertThat(playback.position()).isZero();
        playback.stepForward();
        playback.stepForward();
        assertThat(caption()).isEqualTo("Forward 2/3: v = a + u = 5 + 6 = 11");
        playback.toEnd();
        assertThat(playback.position()).isEqualTo(9);
        assertThat(playback.atEndBinding().get()).isTrue();
        playback.stepForward();
        assertThat(playback.position()).isEqualTo(9);
        assertThat(caption()).isEqualTo("Backward 6/6: da = dv · ∂v/∂a = 3 · 1 = 3");
    }

    @Test
    void stepBackIsTheExactInverseOfStepForward() {
        showing.set(lecture());
        List<String> forward = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            forward.add(caption());
            playback.stepForward();
        }
        List<String> backward = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            playback.stepBack();
            backward.add(0, caption());
        }
        assertThat(backward).isEqualTo(forward);
        assertThat(playback.position()).isZero();
    }

    @Test
    void playStepsOncePerBeatAndStopsAtTheEndOfTheBackwardPass() {
        showing.set(lecture());
        playback.togglePlay();
        assertThat(playback.playingProperty().get()).isTrue();
        assertThat(beats.lastBeatMillis).isEqualTo(PlaybackViewModel.BEAT_MILLIS);
        for (int i = 0; i < 20; i++) beats.beat();
        assertThat(playback.position()).isEqualTo(9);
        assertThat(playback.playingProperty().get()).isFalse();
        assertThat(beats.running()).isFalse();
    }

    @Test
    void playAtTheEndStartsOverAndPauseStops() {
        showing.set(lecture());
        playback.toEnd();
        playback.togglePlay();
        assertThat(playback.position()).isZero();
        beats.beat();
        playback.togglePlay();
        assertThat(playback.playingProperty().get()).isFalse();
        beats.beat();
        assertThat(playback.position()).isEqualTo(1);
    }

    @Test
    void speedDividesTheBeat() {
        showing.set(lecture());
        playback.speedProperty().set(2);
        playback.togglePlay();
        assertThat(beats.lastBeatMillis).isEqualTo(PlaybackViewModel.BEAT_MILLIS / 2);
    }

    @Test
    void restartReturnsToNothingComputed() {
        showing.set(lecture());
        playback.toEnd();
        playback.restart();
        assertThat(playback.position()).isZero();
    }

    @Test
    void newValuesKeepThePositionButANewProgramStartsOver() {
        Showing first = lecture();
        showing.set(first);
        playback.stepForward();
        playback.stepForward();
        Analysis changed = Analysis.of(first.analysis().evaluation().inputs().with("a", 10));
        showing.set(showing.get().withValues(changed));
        assertThat(playback.position()).isEqualTo(2);
        assertThat(caption()).isEqualTo("Forward 2/3: v = a + u = 10 + 6 = 16");
        playback.togglePlay();
        showing.set(lecture());
        assertThat(playback.position()).isZero();
        assertThat(playback.playingProperty().get()).as("a new program stops the play").isFalse();
    }
}
