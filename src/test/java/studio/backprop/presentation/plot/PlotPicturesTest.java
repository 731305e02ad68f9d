package studio.backprop.presentation.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.InputValues;
import studio.backprop.autodiff.OutputAlong;
import studio.backprop.autodiff.SlopeSamples;
import studio.backprop.autodiff.StepSizeSweep;
import studio.backprop.expr.Parser;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.layout.Point;
import studio.backprop.presentation.Picture;
import studio.backprop.presentation.PlotStyle;
import studio.backprop.presentation.Shape;
import studio.backprop.presentation.Theme;

/** The slope picture and the h plot, read back from their shapes. */
class PlotPicturesTest {

    private static final PlotStyle STYLE = PlotStyle.of(Theme.LIGHT, 16);
    private static final double WIDTH = 640;
    private static final double HEIGHT = 360;

    private static OutputAlong along(String program) {
        Analysis analysis = Analysis.of(InputValues.declared(GraphBuilder.build(Parser.parse(program))));
        return OutputAlong.of(analysis.gradients(), analysis.graph().inputs().get(0), 0);
    }

    private static List<Shape.Route> routes(Picture picture, Shape.Stroke stroke) {
        return picture.shapes().stream().filter(Shape.Route.class::isInstance).map(Shape.Route.class::cast)
                .filter(route -> route.stroke().equals(stroke)).toList();
    }

    private static double slope(Shape.Route route) {
        Point a = route.points().get(0);
        Point b = route.points().get(route.points().size() - 1);
        return (b.y() - a.y()) / (b.x() - a.x());
    }

    @Test
    void theTangentHasTheSameAngleInTheWideAndTheMagnifiedPlot() {
        SlopeSamples samples = SlopeSamples.of(along("a = 2\nJ = a^2"), 0.001);
        Picture picture = new SlopePicture(STYLE).compose(samples, WIDTH, HEIGHT, true);
        List<Shape.Route> tangents = routes(picture, STYLE.tangent());
        assertThat(tangents).as("in the wide plot, in the magnified one, and the legend's key").hasSize(3);
        assertThat(slope(tangents.get(1))).isCloseTo(slope(tangents.get(0)), within(1e-9 * Math.abs(slope(tangents.get(0)))));
        assertThat(slope(tangents.get(0))).as("rising, in a picture whose y runs down").isNegative();
        assertThat(picture.texts()).contains("J against a", "magnified 500×", "a = 2", "Δa = 0.001", "ΔJ = 0.004001",
                "backprop's slope 4", "ΔJ/Δa = 4.001");
    }

    @Test
    void aFunctionWithNoValueAcrossThePlotSaysSoInsteadOfEmptyFrames() {
        // ln(x) at x = -1: the wide plot runs from -2 to 0, where ln has no real value.
        Picture empty = new SlopePicture(STYLE).compose(SlopeSamples.of(along("x = -1\nJ = ln(x)"), 0.001), WIDTH, HEIGHT, true);
        assertThat(empty.texts()).contains("J is NaN or ±∞", "for every x from -2 to 0");
        // From -2 to 0 at x = -1 in sqrt(x + 2), J has values: no such note.
        Picture drawn = new SlopePicture(STYLE).compose(SlopeSamples.of(along("x = -1\nJ = sqrt(x + 2)"), 0.001), WIDTH, HEIGHT, true);
        assertThat(drawn.texts()).doesNotContain("J is NaN or ±∞");
    }

    @Test
    void theTrianglesLegsAreHAlongAndDeltaJUpAtTheTangentsScale() {
        SlopeSamples samples = SlopeSamples.of(along("a = 2\nJ = a^2"), 0.001);
        Picture picture = new SlopePicture(STYLE).compose(samples, WIDTH, HEIGHT, true);
        Shape.Arrowhead triangle = picture.shapes().stream().filter(Shape.Arrowhead.class::isInstance)
                .map(Shape.Arrowhead.class::cast).findFirst().orElseThrow();
        Point start = triangle.corners().get(0);
        Point corner = triangle.corners().get(1);
        Point end = triangle.corners().get(2);
        assertThat(corner.y()).isEqualTo(start.y());
        assertThat(end.x()).isEqualTo(corner.x());
        double tangent = slope(routes(picture, STYLE.tangent()).get(1));
        // ΔJ/Δa = 4.001 against the tangent's 4: in pixels the triangle's slope is 4.001/4 of the tangent's.
        assertThat((end.y() - corner.y()) / (corner.x() - start.x())).isCloseTo(tangent * 4.001 / 4, within(1e-6));
        // The magnified window is 0.004 wide: h is a quarter of it.
        Shape.Box window = picture.shapes().stream().filter(Shape.Box.class::isInstance).map(Shape.Box.class::cast)
                .filter(box -> box.stroke().equals(STYLE.magnifier())).findFirst().orElseThrow();
        assertThat(corner.x() - start.x()).isCloseTo(window.bounds().width() / 4, within(1e-9));
    }

    @Test
    void theInputsPlaceAndTheRangesEndsNeverOverprintEachOther() {
        // As the training example's w[1] showed it, in the window's type.
        SlopeSamples samples = SlopeSamples.of(along("weight = -3.758411\nJ = weight^2"), 0.001);
        PlotStyle style = PlotStyle.of(Theme.LIGHT, 20);
        String at = "weight = -3.75841";
        String from = studio.backprop.expr.Numbers.compact(samples.wide().from());
        String to = studio.backprop.expr.Numbers.compact(samples.wide().to());
        assertThat(new SlopePicture(style).compose(samples, WIDTH, HEIGHT, true).texts()).contains(at, from, to);
        for (double width = 150; width <= WIDTH; width += 5) {
            List<double[]> spans = new java.util.ArrayList<>();
            for (Shape shape : new SlopePicture(style).compose(samples, width, 180, true).shapes()) {
                if (shape instanceof Shape.Text text && List.of(at, from, to).contains(text.text())) {
                    double half = studio.backprop.presentation.BundledFont.of(text.bold()).width(text.text(), text.size()) / 2;
                    spans.add(new double[] {text.anchor().x() - half, text.anchor().x() + half});
                }
            }
            assertThat(spans).as("at %s px", width).isNotEmpty();
            for (int i = 0; i < spans.size(); i++) {
                for (int j = i + 1; j < spans.size(); j++) {
                    boolean apart = spans.get(i)[1] <= spans.get(j)[0] || spans.get(j)[1] <= spans.get(i)[0];
                    assertThat(apart).as("labels under the plot overlap at %s px", width).isTrue();
                }
            }
        }
    }

    @Test
    void beforeTheBackwardPassHasReachedTheInputThereIsNoTangent() {
        SlopeSamples samples = SlopeSamples.of(along("a = 2\nJ = a^2"), 0.001);
        Picture picture = new SlopePicture(STYLE).compose(samples, WIDTH, HEIGHT, false);
        assertThat(routes(picture, STYLE.tangent())).isEmpty();
        assertThat(picture.texts()).noneMatch(text -> text.contains("backprop")).contains("ΔJ/Δa = 4.001");
    }

    @Test
    void everyLineStaysInThePictureEvenWhereJIsNotANumber() {
        SlopeSamples samples = SlopeSamples.of(along("a = 0.5\nJ = ln(a)"), 0.001);
        Picture picture = new SlopePicture(STYLE).compose(samples, WIDTH, HEIGHT, true);
        assertThat(routes(picture, STYLE.function())).isNotEmpty();
        for (Shape shape : picture.shapes()) {
            if (shape instanceof Shape.Route route) {
                assertThat(route.points()).allMatch(p -> p.x() >= 0 && p.x() <= WIDTH && p.y() >= 0 && p.y() <= HEIGHT);
            }
        }
    }

    @Test
    void theHPlotMarksTheHInUseWhereTheSliderStands() {
        StepSizeSweep sweep = StepSizeSweep.of(along("a = 2\nJ = a^2"));
        Picture picture = new StepSizePicture(STYLE).compose(sweep, 0.001, WIDTH, HEIGHT);
        Shape.Route marker = routes(picture, STYLE.hMarker()).get(0);
        Shape.Box plot = picture.shapes().stream().filter(Shape.Box.class::isInstance).map(Shape.Box.class::cast)
                .findFirst().orElseThrow();
        // 10⁻¹ at the left, 10⁻¹² at the right: 10⁻³ is two elevenths of the way.
        double x = marker.points().get(0).x();
        assertThat((x - plot.bounds().x()) / plot.bounds().width()).isCloseTo(2.0 / 11, within(1e-9));
        assertThat(picture.texts()).contains("h = 0.001", "10⁻¹", "10⁻¹²", "forward (J(x+h) − J(x))/h");
        // a²'s forward error is h: a straight line falling one decade per decade.
        Shape.Route forward = routes(picture, STYLE.nudge()).get(0);
        Point first = forward.points().get(0);
        Point fourth = forward.points().get(4);
        double decadeAcross = plot.bounds().width() / 11;
        assertThat(fourth.x() - first.x()).isCloseTo(decadeAcross, within(1e-9));
        int[] decades = StepSizePicture.decades(sweep);
        double decadeUp = plot.bounds().height() / (decades[1] - decades[0]);
        assertThat(fourth.y() - first.y()).isCloseTo(decadeUp, within(1e-3 * decadeUp));
    }

    @Test
    void largeTypeOnASmallPanelShrinksTheWordsRatherThanThePlot() {
        SlopeSamples samples = SlopeSamples.of(along("a = 2\nJ = a^2"), 0.001);
        // The projector theme at text size 1.5 asks for about 36 px type; a panel 160 px high cannot hold it.
        Picture picture = new SlopePicture(PlotStyle.of(Theme.LIGHT, 36)).compose(samples, 480, 160, true);
        double largest = picture.shapes().stream().filter(Shape.Text.class::isInstance).map(Shape.Text.class::cast)
                .mapToDouble(Shape.Text::size).max().orElseThrow();
        assertThat(largest).isLessThanOrEqualTo(160 / 11.0);
        Shape.Box wide = picture.shapes().stream().filter(Shape.Box.class::isInstance).map(Shape.Box.class::cast)
                .filter(box -> box.stroke().equals(STYLE.axis())).findFirst().orElseThrow();
        assertThat(wide.bounds().height()).as("the plot keeps half the height").isGreaterThan(80);
        Picture steps = new StepSizePicture(PlotStyle.of(Theme.LIGHT, 36)).compose(StepSizeSweep.of(along("a = 2\nJ = a^2")), 0.001, 480, 160);
        assertThat(steps.shapes().stream().filter(Shape.Text.class::isInstance).map(Shape.Text.class::cast)
                .mapToDouble(Shape.Text::size).max().orElseThrow()).isLessThanOrEqualTo(160 / 11.0);
    }
}
