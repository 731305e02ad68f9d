package studio.backprop.presentation.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import studio.backprop.layout.Point;
import studio.backprop.layout.Rect;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.PlotStyle;
import studio.backprop.presentation.Shape;
import studio.backprop.presentation.Theme;
import studio.backprop.training.Series;
import studio.backprop.training.TrainingCurves;

/** The loss curve's geometry, by hand: J = 1, 0.5, 0.25 at steps 1 to 3 on axes from 0 to 3 and from 0 to 1. */
class LossCurvePictureTest {

    private static final PlotStyle STYLE = PlotStyle.of(Theme.LIGHT, 16);
    private static final Series NONE = new Series("J on all rows", new double[0], new double[0]);

    private static Series losses(double... ys) {
        double[] xs = new double[ys.length];
        for (int i = 0; i < ys.length; i++) xs[i] = i + 1;
        return new Series("J", xs, ys);
    }

    private static List<Shape> part(Picture picture, String id) {
        return picture.parts().stream().filter(part -> part.id().equals(id)).findFirst().map(Picture.Part::shapes)
                .orElse(List.of());
    }

    @Test
    void eachStepsLossSitsAtItsStepAndHeight() {
        Picture picture = LossCurvePicture.of(new TrainingCurves(losses(1, 0.5, 0.25), NONE, List.of(), true), STYLE, 600, 400);
        Rect area = ((Shape.Box) part(picture, "frame").get(0)).bounds();
        List<Shape> curves = part(picture, "curves");
        assertThat(curves).hasSize(1);
        List<Point> points = ((Shape.Route) curves.get(0)).points();
        double[] loss = {1, 0.5, 0.25};
        for (int k = 1; k <= 3; k++) {
            assertThat(points.get(k - 1).x()).isCloseTo(area.x() + area.width() * k / 3, within(1e-9));
            assertThat(points.get(k - 1).y()).isCloseTo(area.y() + area.height() * (1 - loss[k - 1]), within(1e-9));
        }
        assertThat(picture.texts()).contains("Loss J per step", "0", "0.2", "0.4", "0.6", "0.8", "1", "2", "3", "step");
    }

    @Test
    void aLossThatIsNotANumberLeavesAGap() {
        Picture picture = LossCurvePicture.of(new TrainingCurves(losses(1, 0.8, Double.NaN, 0.5, 0.25), NONE, List.of(), true),
                STYLE, 600, 400);
        List<Shape> curves = part(picture, "curves");
        assertThat(curves).hasSize(2);
        assertThat(((Shape.Route) curves.get(0)).points()).hasSize(2);
        assertThat(((Shape.Route) curves.get(1)).points()).hasSize(2);
    }

    @Test
    void miniBatchDrawsTheEpochsOverTheStepsWithADotEach() {
        Series epochs = new Series("J on all rows", new double[] {2, 4}, new double[] {0.6, 0.3});
        Picture picture = LossCurvePicture.of(new TrainingCurves(losses(1, 0.5, 0.7, 0.2), epochs, List.of(), false),
                STYLE, 600, 400);
        Rect area = ((Shape.Box) part(picture, "frame").get(0)).bounds();
        List<Shape> curves = part(picture, "curves");
        assertThat(curves).hasSize(2);
        assertThat(((Shape.Route) curves.get(0)).stroke()).isEqualTo(STYLE.stepCurve());
        assertThat(((Shape.Route) curves.get(1)).stroke()).isEqualTo(STYLE.epochCurve());
        List<Shape> dots = part(picture, "points");
        assertThat(dots).hasSize(2);
        Point second = ((Shape.Box) dots.get(1)).bounds().center();
        // Axes from 0 to 4 steps and from 0 to 1.
        assertThat(second.x()).isCloseTo(area.x() + area.width(), within(1e-9));
        assertThat(second.y()).isCloseTo(area.y() + area.height() * 0.7, within(1e-9));
        assertThat(picture.texts()).contains("each step's rows", "all rows, per epoch");
    }

    @Test
    void beforeTheFirstStepThePlotSaysHowToStart() {
        Picture picture = LossCurvePicture.of(new TrainingCurves(losses(), NONE, List.of(), true), STYLE, 600, 400);
        assertThat(picture.texts()).contains("No steps yet: Step, Epoch or Run");
        assertThat(part(picture, "curves")).isEmpty();
    }
}
