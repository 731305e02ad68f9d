package studio.backprop.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import studio.backprop.autodiff.PassTimeline;
import studio.backprop.graph.Node;
import studio.backprop.presentation.FrameContent;

class SvgExportTest {

    @ParameterizedTest
    @ValueSource(strings = {"lecture", "network-2-3-1", "logistic-regression", "relu-kink"})
    void theSvgIsXmlWithEveryNodesLabelAndValueAsText(String example) throws Exception {
        PassTimeline timeline = ExportFixtures.timeline(example);
        byte[] svg = ExportFixtures.export(ExportFormat.SVG, ExportOptions.DEFAULT, timeline, List.of(timeline.end()));
        Document document = parse(svg);
        List<String> texts = texts(document);
        FrameContent end = new FrameContent(timeline, timeline.end(), FrameContent.Shown.ALL);
        for (Node node : timeline.analysis().graph().nodes()) {
            FrameContent.NodeText shown = end.node(node);
            assertThat(texts).as("label of " + node).contains(shown.label());
            if (shown.value() != null) assertThat(texts).as("value of " + node).contains(shown.value());
            if (shown.gradient() != null) assertThat(texts).as("dvar of " + node).contains(shown.gradient());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lecture"})
    void colorsAreAttributesAndTextIsCentredInANamedFontForPowerPoint(String example) throws Exception {
        PassTimeline timeline = ExportFixtures.timeline(example);
        String svg = ExportFixtures.exportText(ExportFormat.SVG, ExportOptions.DEFAULT, timeline, List.of(timeline.end()));
        assertThat(svg).doesNotContain("class=").doesNotContain("style=").doesNotContain("<style");
        Document document = parse(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(document.getDocumentElement().getAttribute("version")).isEqualTo("1.1");
        NodeList texts = document.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            assertThat(text.getAttribute("text-anchor")).isEqualTo("middle");
            assertThat(text.getAttribute("font-family")).startsWith("'DejaVu Sans'").endsWith("sans-serif");
            assertThat(text.getAttribute("fill")).matches("#[0-9a-f]{6}");
        }
        assertThat(svg).contains("fill=\"#e3eef8\" stroke=\"#0072b2\"").as("input boxes light blue with a blue border");
        assertThat(svg).contains("fill=\"#fff3cf\" stroke=\"#1b1f24\" stroke-width=\"3.5\"").as("output box");
        assertThat(svg).contains("stroke-dasharray=\"4,3\"").as("constant box");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lecture"})
    void aTransparentSvgHasNoBackgroundAndSpecialCharactersAreEscaped(String example) throws Exception {
        PassTimeline timeline = ExportFixtures.timeline(example);
        ExportOptions options = ExportOptions.DEFAULT.withTransparent(true).withTitle("a < b & \"c\"");
        String svg = ExportFixtures.exportText(ExportFormat.SVG, options, timeline, List.of(0));
        Document document = parse(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(texts(document)).contains("a < b & \"c\"");
        Element first = (Element) document.getDocumentElement().getElementsByTagName("*").item(0);
        assertThat(first.getTagName()).as("no background rectangle before the first group").isEqualTo("g");
    }

    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    private static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
        return texts;
    }
}
