package studio.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import javafx.css.PseudoClass;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import studio.backprop.autodiff.PassTimeline;
import studio.backprop.export.ExportFormat;
import studio.backprop.io.ExampleCatalog;
import studio.backprop.presentation.Theme;
import studio.backprop.ui.canvas.EdgeView;
import studio.backprop.ui.canvas.GraphCanvas;
import studio.backprop.ui.canvas.NodeView;
import studio.backprop.ui.export.ExportJob;
import studio.backprop.ui.export.ExportViewModel;

/**
 * What the canvas draws is what the SVG export draws, shape by shape: every box's fill, border
 * colour, width, dashes and corners, every line of text's size, weight, colour and place, and every
 * edge's route, width, arrowhead, label plate and label, in the light and the projector theme, at
 * steps with "?" values, an active node, edge labels and a NaN flag.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenLooksLikeTheExportTest {

    /** The SVG writes two decimals. */
    private static final double ROUNDING = 0.006;
    private static final String FLAGGED = "a = -3\nb = 2\nJ = ln(a) * b\n";

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

    @Test
    void inTheLightThemeTheCanvasDrawsEveryStrokeArrowheadAndTextAsTheSvgDoes(FxRobot robot, @TempDir Path folder)
            throws Exception {
        compareAtSeveralSteps(robot, folder, Theme.LIGHT);
    }

    @Test
    void inTheProjectorThemeTheCanvasDrawsEveryStrokeArrowheadAndTextAsTheSvgDoes(FxRobot robot, @TempDir Path folder)
            throws Exception {
        compareAtSeveralSteps(robot, folder, Theme.PROJECTOR);
    }

    private void compareAtSeveralSteps(FxRobot robot, Path folder, Theme theme) throws Exception {
        robot.interact(() -> studio.model.themeProperty().set(theme));
        FxWait.load(robot, studio.model, ExampleCatalog.named("lecture").source());
        compareAt(robot, folder, "forward 2", timeline -> 2);
        compareAt(robot, folder, "backward 4", timeline -> timeline.afterBackward(4));
        FxWait.load(robot, studio.model, FLAGGED);
        compareAt(robot, folder, "the end, with NaN flags", timeline -> timeline.end());
        assertThat(studio.window.canvas().nodeViews()).as("a flagged node was compared")
                .anyMatch(view -> view.getPseudoClassStates().contains(PseudoClass.getPseudoClass("flagged")));
    }

    private void compareAt(FxRobot robot, Path folder, String step, ToIntFunction<PassTimeline> at) throws Exception {
        GraphCanvas canvas = studio.window.canvas();
        FxWait.until(() -> canvas.complete() && canvas.drawing() == studio.model.showingProperty().get().drawing());
        robot.interact(() -> {
            studio.model.playback().restart();
            int position = at.applyAsInt(studio.model.showingProperty().get().timeline());
            for (int i = 0; i < position; i++) studio.model.playback().stepForward();
            ExportViewModel export = studio.exports.viewModel();
            export.formatProperty().set(ExportFormat.SVG);
            export.stepsProperty().set(ExportViewModel.Steps.CURRENT);
            export.themeProperty().set(studio.model.themeProperty().get());
            export.titleProperty().set("");
        });
        // The whole graph on screen: the follow camera may have left nodes out of sight, which are
        // brought up to date only as they come back into it.
        robot.interact(canvas::fit);
        FxWait.until(() -> canvas.nodeViews().stream().allMatch(javafx.scene.Node::isVisible)
                && canvas.edgeViews().stream().allMatch(javafx.scene.Node::isVisible));
        Path svg = folder.resolve("graph.svg");
        ExportJob[] job = new ExportJob[1];
        robot.interact(() -> job[0] = studio.exports.viewModel().job());
        assertThat(job[0].drawing()).as("the export draws the screen's layout").isSameAs(canvas.drawing());
        job[0].writeTo(svg, null);
        Document document;
        try (InputStream in = Files.newInputStream(svg)) {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        // The canvas stands still now; reading it from the test thread gives assertion messages as they are.
        for (NodeView view : canvas.nodeViews()) {
            compareNode(view, group(document, view.node().id()), step + ", node " + view.node().label());
        }
        for (EdgeView view : canvas.edgeViews()) {
            String name = step + ", edge " + view.edge().operand().label() + " → " + view.edge().user().label();
            compareEdge(view, group(document, "e" + (view.edge().position() + 1)), name);
        }
        assertThat(canvas.nodeViews()).hasSize(canvas.drawing().boxes().size()).isNotEmpty();
        assertThat(canvas.edgeViews()).hasSize(canvas.drawing().paths().size()).isNotEmpty();
    }

    private static void compareNode(NodeView view, Element group, String name) {
        Rectangle box = (Rectangle) view.lookup(".node-box");
        compareBox(box, child(group, "rect", 0), name + ", box");
        List<Text> lines = Stream.of(".node-label", ".node-value", ".node-gradient")
                .map(query -> (Text) view.lookup(query)).filter(text -> !text.getText().isEmpty()).toList();
        NodeList texts = group.getElementsByTagName("text");
        assertThat(texts.getLength()).as("%s: lines of text", name).isEqualTo(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            compareText(lines.get(i), (Element) texts.item(i), name + ", line " + (i + 1));
        }
    }

    private static void compareEdge(EdgeView view, Element group, String name) {
        javafx.scene.shape.Path line = (javafx.scene.shape.Path) view.lookup(".edge-line");
        Element path = child(group, "path", 0);
        compareStroke(line, path, name + ", line");
        assertThat(line.getFill()).as("%s: the route is not filled", name).isNull();
        assertThat(path.getAttribute("fill")).isEqualTo("none");
        compareRoute(line, path.getAttribute("d"), name + ", route");

        Polygon arrow = (Polygon) view.lookup(".edge-arrow");
        Element polygon = child(group, "polygon", 0);
        assertThat(hex(arrow.getFill())).as("%s: arrowhead fill", name).isEqualTo(polygon.getAttribute("fill"));
        assertClose(name + ", arrowhead corners", arrow.getPoints(), numbers(polygon.getAttribute("points")));

        boolean labelled = view.local() != null;
        NodeList rects = group.getElementsByTagName("rect");
        assertThat(rects.getLength()).as("%s: a label plate in the SVG", name).isEqualTo(labelled ? 1 : 0);
        if (labelled) {
            compareBox((Rectangle) view.lookup(".edge-label-box"), (Element) rects.item(0), name + ", plate");
            compareText((Text) view.lookup(".edge-label"), child(group, "text", 0), name + ", label");
        }
    }

    private static void compareBox(Rectangle box, Element rect, String name) {
        compareStroke(box, rect, name);
        assertThat(hex(box.getFill())).as("%s: fill", name).isEqualTo(rect.getAttribute("fill"));
        assertThat(box.getArcWidth() / 2).as("%s: corner radius", name).isCloseTo(number(rect, "rx"), within(ROUNDING));
        assertThat(box.getArcHeight() / 2).as("%s: corner radius", name).isCloseTo(number(rect, "ry"), within(ROUNDING));
    }

    private static void compareStroke(Shape shape, Element element, String name) {
        assertThat(hex(shape.getStroke())).as("%s: stroke colour", name).isEqualTo(element.getAttribute("stroke"));
        assertThat(shape.getStrokeWidth()).as("%s: stroke width", name).isCloseTo(number(element, "stroke-width"), within(ROUNDING));
        assertThat(shape.getStrokeLineCap().name().toLowerCase(Locale.ROOT)).as("%s: line cap", name)
                .isEqualTo(element.getAttribute("stroke-linecap"));
        assertClose(name + ", dashes", shape.getStrokeDashArray(), numbers(element.getAttribute("stroke-dasharray")));
    }

    private static void compareText(Text text, Element element, String name) {
        assertThat(text.getText()).as("%s: text", name).isEqualTo(element.getTextContent());
        assertThat(text.getFont().getSize()).as("%s: font size of '%s'", name, text.getText())
                .isCloseTo(number(element, "font-size"), within(ROUNDING));
        assertThat(text.getFont().getStyle().toLowerCase(Locale.ROOT).contains("bold")).as("%s: bold", name)
                .isEqualTo("bold".equals(element.getAttribute("font-weight")));
        assertThat(hex(text.getFill())).as("%s: colour", name).isEqualTo(element.getAttribute("fill"));
        double centre = text.getX() + text.getLayoutBounds().getWidth() / 2;
        assertThat(centre).as("%s: centre", name).isCloseTo(number(element, "x"), within(ROUNDING));
        assertThat(text.getY()).as("%s: baseline", name).isCloseTo(number(element, "y"), within(ROUNDING));
    }

    /** The route's commands and points, JavaFX's against the SVG's path data ("M 1,2 L 3,4 C ..."). */
    private static void compareRoute(javafx.scene.shape.Path line, String data, String name) {
        StringBuilder commands = new StringBuilder();
        List<Double> points = new ArrayList<>();
        for (PathElement element : line.getElements()) {
            if (element instanceof MoveTo move) {
                commands.append('M');
                points.addAll(List.of(move.getX(), move.getY()));
            } else if (element instanceof LineTo to) {
                commands.append('L');
                points.addAll(List.of(to.getX(), to.getY()));
            } else if (element instanceof CubicCurveTo curve) {
                commands.append('C');
                points.addAll(List.of(curve.getControlX1(), curve.getControlY1(), curve.getControlX2(),
                        curve.getControlY2(), curve.getX(), curve.getY()));
            } else {
                throw new AssertionError(name + ": unexpected " + element);
            }
        }
        assertThat(commands.toString()).as("%s: commands", name).isEqualTo(data.replaceAll("[^A-Z]", ""));
        assertClose(name + ", points", points, numbers(data.replaceAll("[A-Z]", " ")));
    }

    private static void assertClose(String name, List<Double> screen, List<Double> svg) {
        assertThat(screen).as("%s: how many numbers", name).hasSameSizeAs(svg);
        for (int i = 0; i < svg.size(); i++) {
            assertThat(screen.get(i)).as("%s: number %d", name, i + 1).isCloseTo(svg.get(i), within(ROUNDING));
        }
    }

    /** "1,2 3.5,4" or "8,4" as numbers; nothing for an empty attribute. */
    private static List<Double> numbers(String list) {
        return Stream.of(list.trim().split("[ ,]+")).filter(token -> !token.isEmpty()).map(Double::parseDouble).toList();
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static String hex(Paint paint) {
        Color color = (Color) paint;
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }

    private static Element child(Element group, String tag, int index) {
        Element child = (Element) group.getElementsByTagName(tag).item(index);
        assertThat(child).as("a %s in group %s", tag, group.getAttribute("id")).isNotNull();
        return child;
    }

    private static Element group(Document document, String id) {
        NodeList groups = document.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("id").equals(id)) return group;
        }
        throw new AssertionError("no group " + id + " in the SVG");
    }
}
