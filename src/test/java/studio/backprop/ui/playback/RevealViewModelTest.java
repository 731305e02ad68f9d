package studio.backprop.ui.playback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import studio.backprop.autodiff.PassTimeline;
import studio.backprop.graph.Node;
import studio.backprop.presentation.FrameContent;
import studio.backprop.presentation.Showing;

class RevealViewModelTest {

    private final ObjectProperty<Showing> showing = new SimpleObjectProperty<>();
    private final PlaybackViewModel playback = new PlaybackViewModel(showing, new ManualBeats(), 0);
    private final RevealViewModel reveal = new RevealViewModel(playback);
    private PassTimeline timeline;

    @BeforeEach
    void lecture() {
        showing.set(PlaybackViewModelTest.lecture());
        timeline = showing.get().timeline();
    }

    private Node node(String label) {
        return timeline.analysis().graph().nodes().stream().filter(n -> n.label().equals(label)).findFirst().orElseThrow();
    }

    private FrameContent frame() {
        return new FrameContent(timeline, playback.position(), FrameContent.Shown.ALL, reveal);
    }

    @Test
    void withRevealModeOnEachNewValueWaitsForTheTeacher() {
        reveal.enabledProperty().set(true);
        reveal.next();
        assertThat(playback.position()).isEqualTo(1);
        assertThat(frame().node(node("u")).value()).isEqualTo("?");
        assertThat(frame().caption()).isEqualTo("Forward 1/3: u = b·c = 3·2 = ?");
        reveal.next();
        assertThat(playback.position()).as("the second press reveals, it does not move").isEqualTo(1);
        assertThat(frame().node(node("u")).value()).isEqualTo("6");
        assertThat(frame().caption()).isEqualTo("Forward 1/3: u = b·c = 3·2 = 6");
        reveal.next();
        assertThat(playback.position()).isEqualTo(2);
    }

    @Test
    void theClassCanGuessDcBeforeSeeingNine() {
        reveal.enabledProperty().set(true);
        for (int i = 0; i < 13; i++) reveal.next();
        assertThat(playback.position()).isEqualTo(timeline.afterBackward(4));
        assertThat(frame().node(node("c")).gradient()).isEqualTo("dc = ?");
        assertThat(frame().caption()).isEqualTo("Backward 4/6: dc = du · ∂u/∂c = 3 · 3 = ?");
        reveal.next();
        assertThat(frame().node(node("c")).gradient()).isEqualTo("dc = 9");
    }

    @Test
    void backUndoesExactlyWhatNextDid() {
        reveal.enabledProperty().set(true);
        reveal.next();
        reveal.next();
        reveal.back();
        assertThat(playback.position()).isEqualTo(1);
        assertThat(frame().node(node("u")).value()).isEqualTo("?");
        reveal.back();
        assertThat(playback.position()).isZero();
    }

    @Test
    void clickingANodeRevealsItAtOnceAndJumpingAheadHidesEverythingNew() {
        reveal.enabledProperty().set(true);
        playback.toEnd();
        assertThat(frame().node(node("J")).value()).isEqualTo("?");
        assertThat(frame().node(node("a")).value()).as("inputs are given").isEqualTo("5");
        reveal.reveal(node("J"));
        assertThat(frame().node(node("J")).value()).isEqualTo("33");
        assertThat(frame().node(node("J")).gradient()).isEqualTo("dJ = 1");
        reveal.revealAll();
        assertThat(frame().node(node("c")).gradient()).isEqualTo("dc = 9");
    }

    @Test
    void turningRevealModeOnKeepsWhatIsAlreadyShown() {
        playback.stepForward();
        reveal.enabledProperty().set(true);
        assertThat(frame().node(node("u")).value()).isEqualTo("6");
        reveal.next();
        assertThat(playback.position()).isEqualTo(2);
        assertThat(frame().node(node("v")).value()).isEqualTo("?");
    }

    @Test
    void withRevealModeOffNextAndBackSimplyStep() {
        reveal.next();
        reveal.next();
        assertThat(playback.position()).isEqualTo(2);
        assertThat(frame().node(node("v")).value()).isEqualTo("11");
        reveal.back();
        assertThat(playback.position()).isEqualTo(1);
    }

    @Test
    void aNewProgramStartsWithNothingRevealed() {
        reveal.enabledProperty().set(true);
        playback.toEnd();
        reveal.revealAll();
        showing.set(PlaybackViewModelTest.lecture());
        timeline = showing.get().timeline();
        playback.toEnd();
        assertThat(frame().node(node("J")).value()).isEqualTo("?");
        reveal.back();
        assertThat(playback.position()).as("back steps, with nothing left to hide").isEqualTo(timeline.end() - 1);
    }
}
