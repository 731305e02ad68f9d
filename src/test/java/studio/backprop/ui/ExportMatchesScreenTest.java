package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;

import javafx.geometry.Point2D;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import studio.backprop.export.ExportFormat;
import studio.backprop.graph.Node;
import studio.backprop.io.ExampleCatalog;
import studio.backprop.ui.canvas.GraphCanvas;
import studio.backprop.ui.canvas.NodeView;
import studio.backprop.ui.export.ExportJob;
import studio.backprop.ui.export.ExportViewModel;

/** What is exported is where it is on screen: the SVG's boxes against the canvas's, node by node. */
@ExtendWith(ApplicationExtension.class)
class ExportMatchesScreenTest {

    private Studio studio;

    @Start
    void start(Stage stage) {
        studio = Studio.open(stage, StudioOptions.instant(), TestPreferences.fresh(), 1280, 800);
        stage.show();
        ExampleCatalog.Example network = ExampleCatalog.named("network-2-3-1");
        studio.document.untitled(network.title(), network.source());
    }

    @AfterAll
    static void forgetPreferences() {
        TestPreferences.removeAll();
    }

    @Test
    void exportedNodePositionsEqualTheOnScreenPositions(FxRobot robot, @TempDir Path folder) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(CanvasParts.part("node-f")).tryQuery().isPresent());
        robot.interact(() -> {
            studio.model.playback().toEnd();
            studio.exports.viewModel().formatProperty().set(ExportFormat.SVG);
            studio.exports.viewModel().stepsProperty().set(ExportViewModel.Steps.CURRENT);
            studio.exports.viewModel().themeProperty().set(studio.model.themeProperty().get());
            studio.exports.viewModel().titleProperty().set("");
        });
        Path svg = folder.resolve("network.svg");
        ExportJob[] job = new ExportJob[1];
        robot.interact(() -> job[0] = studio.exports.viewModel().job());
        job[0].writeTo(svg, null);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(svg));

        GraphCanvas canvas = studio.window.canvas();
        int checked = 0;
        for (NodeView view : canvas.nodeViews()) {
            Node node = view.node();
            Rectangle box = (Rectangle) view.lookup(".node-box");
            double[] topLeft = onScreenInDrawing(canvas, box, box.getX(), box.getY());
            double[] bottomRight = onScreenInDrawing(canvas, box, box.getX() + box.getWidth(), box.getY() + box.getHeight());
            Element rect = firstRect(document, node.id());
            assertThat(Double.parseDouble(rect.getAttribute("x"))).as("x of %s", node.label()).isCloseTo(topLeft[0], within(0.01));
            assertThat(Double.parseDouble(rect.getAttribute("y"))).as("y of %s", node.label()).isCloseTo(topLeft[1], within(0.01));
            assertThat(Double.parseDouble(rect.getAttribute("width"))).isCloseTo(bottomRight[0] - topLeft[0], within(0.01));
            assertThat(Double.parseDouble(rect.getAttribute("height"))).isCloseTo(bottomRight[1] - topLeft[1], within(0.01));
            checked++;
        }
        assertThat(checked).isEqualTo(studio.model.showingProperty().get().graph().size());
    }

    @Test
    void ctrlEOpensTheExportDialogWithAPreviewAndCtrlShiftCCopiesAnImage(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(CanvasParts.part("node-f")).tryQuery().isPresent());
        robot.clickOn("#graph-canvas");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.E)
                .release(javafx.scene.input.KeyCode.E, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#export-format").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".export-preview").lookup(".image-view")
                .tryQueryAs(javafx.scene.image.ImageView.class).map(view -> view.getImage() != null).orElse(false));
        robot.clickOn("Close");
        robot.clickOn("#graph-canvas");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.C)
                .release(javafx.scene.input.KeyCode.C, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image[] image = new javafx.scene.image.Image[1];
        robot.interact(() -> image[0] = javafx.scene.input.Clipboard.getSystemClipboard().getImage());
        assertThat(image[0]).as("image on the clipboard").isNotNull();
        assertThat(image[0].getWidth()).isCloseTo(Math.ceil(2 * studio.model.showingProperty().get().drawing().width()), within(1.0));
    }

    /** A point of a node's box as the screen shows it, taken back through the canvas's zoom and pan. */
    private static double[] onScreenInDrawing(GraphCanvas canvas, Rectangle box, double x, double y) {
        Point2D scene = box.localToScene(x, y);
        Point2D inCanvas = canvas.sceneToLocal(scene);
        return canvas.viewport().toDrawing(inCanvas.getX(), inCanvas.getY());
    }

    private static Element firstRect(Document document, String id) {
        NodeList groups = document.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("id").equals(id)) {
                return (Element) group.getElementsByTagName("rect").item(0);
            }
        }
        throw new AssertionError("no group " + id + " in the SVG");
    }
}
