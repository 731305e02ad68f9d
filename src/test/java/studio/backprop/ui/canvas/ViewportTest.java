package studio.backprop.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import studio.backprop.layout.Rect;

class ViewportTest {

    private final Viewport viewport = new Viewport();

    @Test
    void fitScalesTheContentIntoTheViewWithAMarginAndCentresIt() {
        viewport.fit(1000, 500, 1936, 452);
        assertThat(viewport.scale()).isCloseTo(0.5, within(1e-9));
        assertThat(viewport.translateXProperty().get()).isCloseTo(16, within(1e-9));
        assertThat(viewport.translateYProperty().get()).isCloseTo(137, within(1e-9));
        assertThat(viewport.shows(1000, 500, 1936, 452)).isTrue();
    }

    @Test
    void theShownPartOfTheDrawingIsTheViewMappedBackWithAMargin() {
        // At 0.5 with the drawing's origin at (16, 137), the view's 1000 × 500 px are 2000 × 1000 drawing units from (-32, -274).
        viewport.fit(1000, 500, 1936, 452);
        Rect shown = viewport.shown(1000, 500, 10);
        assertThat(shown.x()).isCloseTo(-42, within(1e-9));
        assertThat(shown.y()).isCloseTo(-284, within(1e-9));
        assertThat(shown.width()).isCloseTo(2020, within(1e-9));
        assertThat(shown.height()).isCloseTo(1020, within(1e-9));
    }

    @Test
    void textIsReadableFromThreePixelsOnScreen() {
        viewport.set(0.25, 0, 0);
        assertThat(viewport.readable(12)).as("12 px at 0.25 is 3 px").isTrue();
        assertThat(viewport.readable(11.9)).isFalse();
        viewport.set(0.05, 0, 0);
        assertThat(viewport.readable(14)).as("14 px at 0.05 is 0.7 px").isFalse();
    }

    @Test
    void fitNeverBlowsASmallGraphUpBeyondOneAndAHalf() {
        viewport.fit(1000, 800, 100, 50);
        assertThat(viewport.scale()).isEqualTo(1.5);
    }

    @Test
    void zoomKeepsThePointUnderTheCursorInPlace() {
        viewport.fit(1000, 500, 1936, 452);
        double[] before = viewport.toDrawing(300, 200);
        viewport.zoom(2, 300, 200);
        double[] after = viewport.toDrawing(300, 200);
        assertThat(after[0]).isCloseTo(before[0], within(1e-9));
        assertThat(after[1]).isCloseTo(before[1], within(1e-9));
        assertThat(viewport.scale()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void zoomStaysWithinLimits() {
        for (int i = 0; i < 100; i++) viewport.zoom(2, 0, 0);
        assertThat(viewport.scale()).isEqualTo(Viewport.MAX_SCALE);
        for (int i = 0; i < 100; i++) viewport.zoom(0.5, 0, 0);
        assertThat(viewport.scale()).isEqualTo(Viewport.MIN_SCALE);
    }

    @Test
    void panMovesTheContent() {
        viewport.pan(30, -10);
        assertThat(viewport.toDrawing(30, -10)).containsExactly(0, 0);
        assertThat(viewport.shows(100, 100, 50, 50)).isFalse();
    }
}
