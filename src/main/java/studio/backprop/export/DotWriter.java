package studio.backprop.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import studio.backprop.layout.Drawing;
import studio.backprop.layout.EdgePath;
import studio.backprop.layout.NodeBox;
import studio.backprop.layout.Point;
import studio.backprop.presentation.BundledFont;
import studio.backprop.presentation.GraphStyle;
import studio.backprop.presentation.GraphStyle.EdgeLook;
import studio.backprop.presentation.GraphStyle.Line;
import studio.backprop.presentation.GraphStyle.NodeLook;
import studio.backprop.presentation.Shape;

/**
 * Writes a frame as a Graphviz digraph: boxes coloured like the app's, values and dvars in the node
 * labels, local derivatives on the edges, and the drawing's positions and routes as {@code pos}
 * attributes (points, y upwards), so {@code neato -n2} reproduces the app's layout while
 * {@code dot} lays the graph out afresh. Graphviz draws its own arrowheads, corners and dashes, so
 * those details differ a little from the other formats.
 */
public final class DotWriter implements FrameWriter {

    private static final double PT = PdfWriter.POINTS_PER_PIXEL;
    /** Graphviz's arrowhead is 10 points long at arrowsize 1. */
    private static final double GRAPHVIZ_ARROW_LENGTH = 10;

    private final GraphStyle style;
    private final boolean transparent;

    public DotWriter(GraphStyle style, boolean transparent) {
        this.style = style;
        this.transparent = transparent;
    }

    @Override
    public void write(List<Frame> frames, OutputStream out) throws IOException {
        out.write(dot(frames.get(0)).getBytes(StandardCharsets.UTF_8));
    }

    String dot(Frame frame) {
        Drawing drawing = frame.drawing();
        double em = drawing.fontSize();
        StringBuilder dot = new StringBuilder();
        dot.append("// ").append(TikzWriter.heading(frame)).append('\n')
                .append("// Made by Backprop Studio. The app's layout: neato -n2 -Tsvg FILE.dot; a new one: dot -Tsvg FILE.dot\n")
                .append("digraph computation {\n")
                .append("  graph [rankdir=LR, splines=true, outputorder=edgesfirst, pad=0.1, bb=\"0,0,")
                .append(pt(drawing.width())).append(',').append(pt(drawing.height())).append("\", bgcolor=\"")
                .append(transparent ? "transparent" : style.background()).append('"').append(title(frame.title(), em))
                .append("];\n")
                .append("  node [shape=box, fixedsize=true, fontname=\"DejaVu Sans\", fontsize=").append(pt(em)).append("];\n")
                .append("  edge [arrowhead=normal, arrowsize=").append(Decimals.of(GraphStyle.arrowDepth(em) / GRAPHVIZ_ARROW_LENGTH))
                .append(", fontname=\"DejaVu Sans\", fontsize=").append(pt(em * GraphStyle.EDGE_LABEL_SCALE)).append("];\n");
        for (NodeBox box : drawing.boxes()) {
            NodeLook look = style.node(box.kind(), box.bounds(), em, frame.content().node(box.node()));
            dot.append("  ").append(node(box, look, drawing)).append('\n');
        }
        for (EdgePath path : drawing.paths()) {
            EdgeLook look = style.edge(frame.content().edge(path.edge()), path.label(), em);
            dot.append("  ").append(edge(path, look, drawing)).append('\n');
        }
        return dot.append("}\n").toString();
    }

    private String title(String title, double em) {
        if (title == null || title.isBlank()) return "";
        Line line = style.title(title, em * GraphStyle.TITLE_SCALE);
        return ", labelloc=t, label=" + html(line) + ", fontname=\"DejaVu Sans\", fontsize="
                + pt(em * GraphStyle.TITLE_SCALE);
    }

    private static String node(NodeBox box, NodeLook look, Drawing drawing) {
        Shape.Stroke stroke = look.stroke();
        // A constant's box holds one line, its label; the others keep three lines so the box height fits.
        String label = box.node().isConstant() ? "<" + inner(look.label()) + ">"
                : look.tensor() != null ? "<" + tensor(box, look.label(), look.tensor()) + ">"
                : "<" + inner(look.label()) + "<br/>" + (look.value() == null ? "" : inner(look.value()))
                + "<br/>" + (look.gradient() == null ? "" : inner(look.gradient())) + ">";
        return box.node().id() + " [label=" + label + ", pos=\"" + position(box.center(), drawing)
                + "\", width=" + inches(box.width()) + ", height=" + inches(box.height())
                + ", style=\"rounded,filled" + (stroke.dashed() ? ",dashed" : "") + "\", fillcolor=\"" + look.fill()
                + "\", color=\"" + stroke.color() + "\", penwidth=" + pt(stroke.width()) + "];";
    }

    /**
     * A vector or matrix node as Graphviz can hold it: one table, since a label that holds a table
     * may hold nothing else, with the label across the top, and below it the value's grid beside the
     * gradient's, a number per cell; a heat map is named by its shape, its shades being a picture's.
     */
    private static String tensor(NodeBox box, Line label, GraphStyle.TensorLook look) {
        StringBuilder table = new StringBuilder("<table border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr><td colspan=\"2\">")
                .append(inner(label)).append("</td></tr><tr>");
        int columns = box.tensor().columns();
        for (GraphStyle.CellsLook cells : java.util.Arrays.asList(look.values(), look.gradients())) {
            table.append("<td valign=\"top\" cellpadding=\"3\">");
            if (cells != null) {
                table.append("<table border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr><td colspan=\"")
                        .append(columns).append("\">").append(inner(cells.header())).append("</td></tr>");
                if (cells.numbers() == null) {
                    table.append("<tr><td colspan=\"").append(columns).append("\">(").append(box.node().shape())
                            .append(" heat map)</td></tr>");
                } else {
                    for (int e = 0; e < cells.numbers().size(); e++) {
                        if (e % columns == 0) table.append("<tr>");
                        table.append("<td cellpadding=\"2\" align=\"right\">").append(inner(cells.numbers().get(e))).append("</td>");
                        if (e % columns == columns - 1) table.append("</tr>");
                    }
                }
                table.append("</table>");
            }
            table.append("</td>");
        }
        return table.append("</tr></table>").toString();
    }

    private static String edge(EdgePath path, EdgeLook look, Drawing drawing) {
        StringBuilder edge = new StringBuilder(path.edge().operand().id()).append(" -> ").append(path.edge().user().id())
                .append(" [color=\"").append(look.stroke().color()).append("\", penwidth=").append(pt(look.stroke().width()))
                .append(", pos=\"").append(splinePosition(path, drawing)).append('"');
        if (look.label() != null) {
            edge.append(", label=<<table border=\"1\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"1\" style=\"rounded\"")
                    .append(" color=\"").append(look.plateStroke().color()).append("\" bgcolor=\"").append(look.plateFill())
                    .append("\"><tr><td width=\"").append(Math.round(path.label().width() * PT)).append("\" height=\"")
                    .append(Math.round(path.label().height() * PT)).append("\" fixedsize=\"true\">").append(inner(look.label()))
                    .append("</td></tr></table>>")
                    .append(", lp=\"").append(position(path.label().center(), drawing)).append('"');
        }
        return edge.append("];").toString();
    }

    /**
     * Graphviz's edge route: "e,END" then cubic Bézier points; the curve stops short of the end by
     * the arrowhead's length, and Graphviz draws the arrowhead from there to END.
     */
    private static String splinePosition(EdgePath path, Drawing drawing) {
        List<Point> bezier = DotSpline.bezier(path.points(), drawing.edgeShape());
        List<Point> shortened = DotSpline.stopShort(bezier, GraphStyle.arrowDepth(drawing.fontSize()));
        StringBuilder pos = new StringBuilder("e,").append(position(path.end(), drawing));
        for (Point p : shortened) pos.append(' ').append(position(p, drawing));
        return pos.toString();
    }

    private static String html(Line line) {
        return "<" + inner(line) + ">";
    }

    private static String inner(Line line) {
        String text = SvgWriter.escape(BundledFont.of(line.bold()).displayable(line.text()));
        return "<font color=\"" + line.color() + "\">" + (line.bold() ? "<b>" + text + "</b>" : text) + "</font>";
    }

    private static String position(Point p, Drawing drawing) {
        return pt(p.x()) + "," + pt(drawing.height() - p.y());
    }

    private static String pt(double pixels) {
        return Decimals.of(pixels * PT);
    }

    private static String inches(double pixels) {
        return Decimals.of(pixels * PT / 72, 4);
    }
}
