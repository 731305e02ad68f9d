package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

import studio.backprop.layout.ElkLayeredLayout;
import studio.backprop.layout.GraphLayout;
import studio.backprop.layout.LayoutEffort;
import studio.backprop.layout.SamplePrograms;
import studio.backprop.presentation.Showing;
import studio.backprop.ui.playback.ManualBeats;

/**
 * Programs too large to draw, or to hold: the window says so in words and keeps everything else
 * working, never an empty graph with no variables or a spinner that turns for ever.
 */
class BigProgramModelTest {

    @Test
    void aTenThousandNodeDagHasNoPictureButAllItsNumbers() {
        StudioModel model = Models.synchronous();
        model.load(SamplePrograms.sharedInputs(10_000, new Random(10_000)));
        Showing showing = model.showingProperty().get();
        assertThat(showing.drawn()).isFalse();
        assertThat(showing.noPicture()).startsWith("This graph is too large to draw: it has 927,927 cells");
        assertThat(model.statusProperty().get()).as("the canvas says it where the picture would be").isEmpty();
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.variables().rows()).hasSize(showing.graph().inputs().size()).hasSizeGreaterThan(40);
        assertThat(model.nudge().nudgeLineProperty().get()).startsWith("x1: ");
        model.playback().stepForward();
        assertThat(model.captionProperty().get()).startsWith("Forward 1/");
        model.playback().toEnd();
        assertThat(model.captionProperty().get()).startsWith("Backward ");
        model.variables().row("x1").setValue(2);
        assertThat(model.showingProperty().get().drawn()).isFalse();
    }

    @Test
    void aGraphOfMoreViewsThanTheScreenCanDrawIsNotLaidOutForItButCanBeExported() {
        GraphLayout neverAsked = (graph, style, cancelled) -> {
            throw new AssertionError("laid out a graph the screen will not draw");
        };
        StudioModel model = Models.synchronous(new ManualBeats(), neverAsked);
        model.load(SamplePrograms.chain(15_000));
        Showing showing = model.showingProperty().get();
        assertThat(showing.drawn()).isFalse();
        assertThat(showing.noPicture()).isEqualTo("This graph has 30,001 nodes and edges, more than the screen can draw "
                + "(25,000); export it as SVG or PDF (File → Export…) to see the picture");
        assertThat(model.variables().rows()).hasSize(1);
        // The nudge panel compares once the backward pass has reached the input, as it does for a small graph.
        model.playback().toEnd();
        assertThat(model.nudge().verdictProperty().get()).isNotEmpty();
    }

    @Test
    void aProgramThatCanBeDrawnAgainBringsThePictureBackAndTheStatusClears() {
        StudioModel model = Models.synchronous();
        model.load(SamplePrograms.sharedInputs(10_000, new Random(10_000)));
        model.load("a = 5; J = 3*a");
        assertThat(model.showingProperty().get().drawn()).isTrue();
        assertThat(model.statusProperty().get()).isEmpty();
    }

    @Test
    void aQuickLayoutIsOwnedUpToInTheStatusBar() {
        StudioModel model = Models.synchronous(new ManualBeats(), new ElkLayeredLayout(LayoutEffort.QUICK));
        model.load("a = 5; b = 3; J = a*b + a");
        assertThat(model.showingProperty().get().drawn()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo(LayoutEffort.QUICK.compromise());
        model.noticeProperty().set("Your font scale was reset.");
        assertThat(model.statusProperty().get()).isEqualTo(LayoutEffort.QUICK.compromise() + "  Your font scale was reset.");
    }

    @Test
    void runningOutOfMemoryIsSaidWithTheLimitAndTheLastGoodGraphStays() {
        boolean[] exhausted = {false};
        GraphLayout starved = (graph, style, cancelled) -> {
            if (exhausted[0]) throw new OutOfMemoryError("Java heap space");
            return new ElkLayeredLayout().layout(graph, style, cancelled);
        };
        StudioModel model = Models.synchronous(new ManualBeats(), starved);
        model.load("a = 5; J = 3*a");
        Showing good = model.showingProperty().get();
        exhausted[0] = true;
        model.load("a = 5; J = 4*a");
        assertThat(model.showingProperty().get()).isSameAs(good);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.errorProperty().get().span()).isNull();
        assertThat(model.errorProperty().get().describe())
                .startsWith(String.format(java.util.Locale.ROOT, "The program needs more memory than Java was given (%,d MB)",
                        Runtime.getRuntime().maxMemory() >> 20))
                .contains("java -Xmx8g");
    }
}
