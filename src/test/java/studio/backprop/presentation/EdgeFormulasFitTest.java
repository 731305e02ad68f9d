package studio.backprop.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import studio.backprop.autodiff.Analysis;
import studio.backprop.autodiff.InputValues;
import studio.backprop.autodiff.PassTimeline;
import studio.backprop.expr.Parser;
import studio.backprop.graph.ComputationGraph;
import studio.backprop.graph.GraphBuilder;
import studio.backprop.io.ExampleCatalog;
import studio.backprop.layout.Drawing;
import studio.backprop.layout.EdgeLabels;
import studio.backprop.layout.EdgePath;
import studio.backprop.layout.ElkLayeredLayout;
import studio.backprop.layout.LayoutStyle;

/**
 * The layout reserves room for formulas by counting characters; the real font must then fit:
 * every formula of every bundled example at full size on its plate, and beside its number at
 * nearly full size (a number of six characters such as -0.371 is drawn a hair smaller, as it is
 * alone).
 */
class EdgeFormulasFitTest {

    static Stream<Arguments> examples() {
        return ExampleCatalog.programs().stream().flatMap(example -> Stream.of(EdgeLabels.FORMULAS, EdgeLabels.BOTH)
                .map(labels -> Arguments.of(example.name(), labels)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("examples")
    void everyEdgeLabelFitsItsPlateWithoutShrinking(String example, EdgeLabels labels) {
        ComputationGraph graph = GraphBuilder.build(Parser.parse(ExampleCatalog.named(example).source()));
        Drawing drawing = new ElkLayeredLayout().layout(graph, LayoutStyle.DEFAULT.withEdgeLabels(labels));
        PassTimeline timeline = new PassTimeline(Analysis.of(InputValues.declared(graph)));
        FrameContent end = new FrameContent(timeline, timeline.end(), FrameContent.Shown.ALL.writing(labels));
        GraphStyle style = GraphStyle.of(Theme.LIGHT);
        double full = drawing.fontSize() * GraphStyle.EDGE_LABEL_SCALE;
        for (EdgePath path : drawing.paths()) {
            FrameContent.EdgeText text = end.edge(path.edge());
            if (text.local() == null) continue;
            GraphStyle.Line label = style.edge(text, path.label(), drawing.fontSize()).label();
            double least = labels == EdgeLabels.FORMULAS ? full : 0.97 * full;
            assertThat(label.size()).as("'%s' on %s", label.text(), path.edge()).isBetween(least, full);
        }
    }
}
