package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import studio.backprop.io.ExampleCatalog;
import studio.backprop.layout.Drawing;
import studio.backprop.ui.canvas.EdgeView;
import studio.backprop.ui.canvas.GraphCanvas;
import studio.backprop.ui.canvas.NodeView;

/**
 * A graph too big to style in one frame is drawn a slice per frame, and still ends up whole; what
 * is off screen, or too small to read, is filled in as it comes into sight, with the numbers of the
 * step on show; and the parts a big graph makes only on demand (edge labels, tooltips) say the right thing.
 */
@ExtendWith(ApplicationExtension.class)
class BigGraphFlowTest {

    /** t1 = x + 1, t2 = t1 + 1, ... so tk = k + 1 with x = 1; J = 2·t300, so every dtk is 2. */
    private static final int LINKS = 300;

    private Studio studio;

    @Start
    void start(Stage stage) {
        studio = Studio.open(stage, StudioOptions.instant(), TestPreferences.fresh(), 1280, 800);
        stage.show();
    }

    @AfterAll
    static void forgetPreferences() {
        TestPreferences.removeAll();
    }

    static String chain() {
        StringBuilder program = new StringBuilder("x = 1\nt1 = x + 1\n");
        for (int k = 2; k <= LINKS; k++) {
            program.append('t').append(k).append(" = t").append(k - 1).append(" + 1\n");
        }
        return program.append("J = 2*t").append(LINKS).append('\n').toString();
    }

    @Test
    void aBigGraphIsDrawnInSlicesThenWholeWithEveryNodeFilledIn(FxRobot robot) {
        FxWait.load(robot, studio.model, chain());
        GraphCanvas canvas = studio.window.canvas();
        FxWait.until(canvas::complete);
        Drawing drawing = canvas.drawing();
        assertThat(drawing.boxes()).hasSize(2 * LINKS + 3);
        assertThat(canvas.nodeViews()).hasSize(drawing.boxes().size());
        assertThat(canvas.edgeViews()).hasSize(drawing.paths().size());

        int[] firstSlice = new int[2];
        boolean[] completeAtOnce = new boolean[1];
        robot.interact(() -> {
            canvas.show(drawing);
            firstSlice[0] = canvas.nodeViews().size() + canvas.edgeViews().size();
            completeAtOnce[0] = canvas.complete();
        });
        assertThat(firstSlice[0]).isEqualTo(GraphCanvas.VIEWS_PER_FRAME);
        assertThat(completeAtOnce[0]).isFalse();
        FxWait.until(canvas::complete);
        // Fitted, the text would be specks: the nodes are boxes, and their lines are not drawn.
        assertThat(canvas.viewport().readable(drawing.fontSize())).isFalse();
        assertThat(robot.lookup(CanvasParts.part("value-t150")).tryQuery()).isEmpty();
        // Zoomed in on a node, the last slice shows what the first does: known inputs, "?" for the rest.
        zoomInOn(robot, canvas, "x");
        assertThat(FxWait.text(robot, CanvasParts.part("value-x"))).isEqualTo("1");
        zoomInOn(robot, canvas, "J");
        assertThat(FxWait.text(robot, CanvasParts.part("value-t" + LINKS))).isEqualTo("?");
        assertThat(FxWait.text(robot, CanvasParts.part("value-J"))).isEqualTo("?");

        // The end of both passes, taken while zoomed out, and then the text of each node zoomed in on.
        robot.interact(() -> {
            canvas.fit();
            studio.model.playback().toEnd();
        });
        EdgeView into150 = canvas.edgeViews().stream()
                .filter(view -> view.edge().operand().label().equals("t149") && view.edge().user().label().equals("t150"))
                .findFirst().orElseThrow();
        // The end moved the follow camera to the last step: fitted again, every view is on screen, without text.
        robot.interact(canvas::fit);
        FxWait.until(into150::isVisible);
        assertThat(into150.local()).as("fitted, an edge's label is not drawn").isNull();
        for (int k : new int[] {1, 150, LINKS}) {
            zoomInOn(robot, canvas, "t" + k);
            assertThat(FxWait.text(robot, CanvasParts.part("value-t" + k))).isEqualTo(String.valueOf(k + 1));
            assertThat(FxWait.text(robot, CanvasParts.part("gradient-t" + k))).isEqualTo("dt" + k + " = 2");
        }
        zoomInOn(robot, canvas, "t150");
        assertThat(into150.local()).as("∂t150/∂t149, drawn once zoomed in").isEqualTo("1");
        zoomInOn(robot, canvas, "J");
        assertThat(FxWait.text(robot, CanvasParts.part("value-J"))).isEqualTo(String.valueOf(2 * (LINKS + 1)));
        zoomInOn(robot, canvas, "x");
        assertThat(FxWait.text(robot, CanvasParts.part("gradient-x"))).isEqualTo("dx = 2");

        // Back to the start while t150 is off screen: it was left alone, and shows the start once in sight.
        assertThat(FxWait.text(robot, CanvasParts.part("value-t150"))).isEqualTo("151");
        robot.interact(() -> studio.model.playback().restart());
        zoomInOn(robot, canvas, "t150");
        assertThat(FxWait.text(robot, CanvasParts.part("value-t150"))).isEqualTo("?");
        assertThat(FxWait.text(robot, CanvasParts.part("gradient-t150"))).isEmpty();
    }

    /** Zooms to the text size chosen, with the node in the middle, as a student would with the wheel. */
    private static void zoomInOn(FxRobot robot, GraphCanvas canvas, String label) {
        robot.interact(() -> {
            var box = canvas.drawing().boxes().stream().filter(b -> b.node().label().equals(label)).findFirst().orElseThrow();
            canvas.viewport().set(1, 0, 0);
            canvas.viewport().centerOn(box.x() + box.width() / 2, box.y() + box.height() / 2,
                    canvas.getWidth() / 2, canvas.getHeight() / 2);
        });
        // Drawn: its lines shown, in a view that is on screen.
        FxWait.until(() -> robot.lookup(CanvasParts.part("value-" + label)).tryQuery()
                .filter(text -> text.isVisible() && text.getParent().isVisible()).isPresent());
    }

    @Test
    void edgeLabelsShowTheLocalDerivativeOnceTheBackwardPassHasPassed(FxRobot robot) {
        FxWait.load(robot, studio.model, ExampleCatalog.named("lecture").source());
        GraphCanvas canvas = studio.window.canvas();
        EdgeView cIntoU = canvas.edgeViews().stream()
                .filter(view -> view.edge().operand().label().equals("c") && view.edge().user().label().equals("u"))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            for (int step = 0; step < 3; step++) studio.model.playback().stepForward();
        });
        assertThat(cIntoU.local()).isNull();
        robot.interact(() -> studio.model.playback().toEnd());
        assertThat(cIntoU.local()).as("∂u/∂c = b, beside its number by default").isEqualTo("b = 3");

        NodeView v = canvas.nodeViews().stream().filter(view -> view.node().label().equals("v")).findFirst().orElseThrow();
        assertThat(v.explanation()).isEqualTo("v = a + u = 5 + 6 = 11\ndv = dJ · ∂J/∂v = dJ · 3 = 1 · 3 = 3");
    }
}
